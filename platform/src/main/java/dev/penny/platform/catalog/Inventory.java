package dev.penny.platform.catalog;

import dev.penny.platform.tenancy.StoreChanged;
import dev.penny.platform.tenancy.TenantScope;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * What the current store can sell, variant by variant: the lookup carts and orders price from, and
 * the one place stock is taken and given back. Taking stock is a single conditional update, so two
 * shoppers racing for the last item cannot both get it: the database decides, not a read before a
 * write. Every change of stock empties the store's page caches once its transaction commits (the
 * pages and the API show how many are left).
 */
@ApplicationScoped
public class Inventory {

  @Resource TransactionSynchronizationRegistry transactions;

  private final EntityManager em;
  private final Event<StoreChanged> changed;

  @Inject
  public Inventory(EntityManager em, Event<StoreChanged> changed) {
    this.em = em;
    this.changed = changed;
  }

  /** For CDI's proxy only. */
  protected Inventory() {
    this(null, null);
  }

  /** The variants of this store among {@code variantIds}, by id; others' ids are simply absent. */
  public Map<Long, SaleItem> items(Collection<Long> variantIds) {
    if (variantIds.isEmpty()) {
      return Map.of();
    }
    List<SaleItem> found =
        em.createQuery(
                "select new dev.penny.platform.catalog.SaleItem(v.id, p.id, p.name, v.name, v.sku,"
                    + " v.price, v.stock, p.kind,"
                    + " case when p.status = dev.penny.platform.catalog.CatalogStatus.ACTIVE"
                    + " then true else false end)"
                    + " from ProductVariant v join v.product p on p.tenantId = v.tenantId"
                    + " where v.id in :ids",
                SaleItem.class)
            .setParameter("ids", variantIds)
            .getResultList();
    return found.stream().collect(Collectors.toMap(SaleItem::variantId, Function.identity()));
  }

  /**
   * Takes {@code quantity} of a variant out of stock if that many are left; false (and nothing
   * taken) otherwise. Must run in the caller's transaction, which holds the row until it ends.
   */
  public boolean take(long variantId, int quantity) {
    requirePositive(quantity);
    return changed(
        variantId,
        em.createQuery(
                    "update ProductVariant v set v.stock = v.stock - :quantity"
                        + " where v.id = :id and v.stock >= :quantity")
                .setParameter("quantity", quantity)
                .setParameter("id", variantId)
                .executeUpdate()
            == 1);
  }

  /** Puts {@code quantity} back (a cancelled or failed order); false if the variant is gone. */
  public boolean giveBack(long variantId, int quantity) {
    requirePositive(quantity);
    return changed(
        variantId,
        em.createQuery("update ProductVariant v set v.stock = v.stock + :quantity where v.id = :id")
                .setParameter("quantity", quantity)
                .setParameter("id", variantId)
                .executeUpdate()
            == 1);
  }

  /**
   * When stock moved, the store whose variant it is hears of it (its caches are emptied), once per
   * transaction however many lines an order moves. The store is the session's (the update matched
   * only its variants); across stores it is read from the variant.
   */
  private boolean changed(long variantId, boolean moved) {
    if (moved) {
      Object sessionTenant = em.unwrap(Session.class).getTenantIdentifierValue();
      List<Long> stores =
          sessionTenant instanceof Long store && store != TenantScope.ACROSS_TENANTS
              ? List.of(store)
              : em.createQuery(
                      "select v.tenantId from ProductVariant v where v.id = :id", Long.class)
                  .setParameter("id", variantId)
                  .getResultList();
      stores.stream()
          .filter(this::firstInTransaction)
          .forEach(s -> changed.fire(new StoreChanged(s)));
    }
    return moved;
  }

  /** Whether the store was not yet told of a stock change in the current transaction (if any). */
  private boolean firstInTransaction(long store) {
    if (transactions == null || transactions.getTransactionKey() == null) {
      return true;
    }
    String key = Inventory.class.getName() + ":" + store;
    if (transactions.getResource(key) != null) {
      return false;
    }
    transactions.putResource(key, Boolean.TRUE);
    return true;
  }

  private static void requirePositive(int quantity) {
    if (quantity <= 0) {
      throw new IllegalArgumentException("A quantity is positive: " + quantity);
    }
  }
}
