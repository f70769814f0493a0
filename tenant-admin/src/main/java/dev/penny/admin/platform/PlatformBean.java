package dev.penny.admin.platform;

import dev.penny.payments.ledger.LedgerVerification;
import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.PlatformStoresService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The platform operators' page: every store, with suspend and resume; and the ledger check, which
 * recomputes every account's balance from its entries and lists any difference.
 */
@Named("platform")
@RequestScoped
public class PlatformBean {

  private final PlatformStoresService service;
  private final LedgerVerification ledger;
  private List<ActiveTenant> stores;
  private LedgerVerification.Report report;

  @Inject
  public PlatformBean(PlatformStoresService service, LedgerVerification ledger) {
    this.service = service;
    this.ledger = ledger;
  }

  protected PlatformBean() {
    this(null, null);
  }

  /** Recomputes every balance from the ledger's entries; the report shows on the page. */
  public void verifyLedger() {
    String operator = operator();
    report = ledger.verify();
    java.util.logging.Logger.getLogger(PlatformBean.class.getName())
        .info(
            () ->
                "Ledger verified by "
                    + operator
                    + ": "
                    + (report.balanced()
                        ? "balanced"
                        : report.differences().size() + " differences"));
  }

  public LedgerVerification.Report getLedgerReport() {
    return report;
  }

  /** Each currency's sum over all accounts, in micro-units ("EUR 0, USD 0": zero when balanced). */
  public String getLedgerSums() {
    return report == null
        ? ""
        : report.sumByCurrency().entrySet().stream()
            .sorted(java.util.Map.Entry.comparingByKey())
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(java.util.stream.Collectors.joining(", "));
  }

  public List<ActiveTenant> getStores() {
    if (stores == null) {
      PlatformOperator.name();
      stores = service.allStoresAcrossTenants();
    }
    return stores;
  }

  public void suspend(String slug) {
    service.suspend(slug, operator());
    done("Store " + slug + " suspended.");
  }

  public void resume(String slug) {
    service.resume(slug, operator());
    done("Store " + slug + " resumed.");
  }

  private void done(String message) {
    stores = null;
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
  }

  private static String operator() {
    return PlatformOperator.name();
  }
}
