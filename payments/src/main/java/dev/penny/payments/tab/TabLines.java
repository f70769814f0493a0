package dev.penny.payments.tab;

import dev.penny.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Currency;
import java.util.List;

/**
 * A tab's open lines, read from the stores' purchase records. A tab spans stores, so this is one of
 * the few reads across tenants, through the named seam, and only ever for one shopper. Call it
 * outside a transaction: the seam must be entered before the session opens.
 */
@ApplicationScoped
public class TabLines {

  static final int MAX_LINES = 500;

  private final Query query;

  @Inject
  public TabLines(Query query) {
    this.query = query;
  }

  protected TabLines() {
    this(null);
  }

  public List<TabLine> openLines(String shopper, Currency currency) {
    return TenantScope.acrossTenants(
        "a shopper's tab lists its open lines from every store",
        () -> query.openLinesAcrossTenants(shopper, currency));
  }

  /** The query, in a transaction of its own so that its session opens inside the seam. */
  @ApplicationScoped
  public static class Query {

    private final EntityManager em;

    @Inject
    public Query(EntityManager em) {
      this.em = em;
    }

    protected Query() {
      this(null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<TabLine> openLinesAcrossTenants(String shopper, Currency currency) {
      return em.createQuery(
              "select new dev.penny.payments.tab.TabLine(p.id, t.slug, t.name, p.itemTitle,"
                  + " p.amountMicros - p.chargedMicros, p.currency, p.createdAt)"
                  + " from MicroPurchase p, dev.penny.platform.tenancy.Tenant t"
                  + " where t.id = p.tenantId and p.shopper = :shopper"
                  + " and p.funding = dev.penny.payments.purchase.Funding.TAB"
                  + " and p.tabChargeId is null and p.status = 'ACTIVE' and p.currency = :currency"
                  + " and p.amountMicros > p.chargedMicros"
                  + " order by p.id",
              TabLine.class)
          .setParameter("shopper", shopper)
          .setParameter("currency", currency.getCurrencyCode())
          .setMaxResults(MAX_LINES)
          .getResultList();
    }
  }
}
