package dev.penny.admin.platform;

import dev.penny.payments.reconciliation.Reconciler;
import dev.penny.payments.reconciliation.Reconciliation;
import dev.penny.payments.settlement.SettlementRun;
import dev.penny.payments.settlement.SettlementRuns;
import dev.penny.payments.settlement.job.SettlementJobs;
import dev.penny.platform.problem.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Logger;

/**
 * The operators' settlement controls: start a run now for a finished day (empty: the newest), and
 * see the newest run's progress. The schedule starts one every hour by itself.
 */
@Named("settlementRun")
@RequestScoped
public class SettlementRunBean {

  private static final Logger LOG = Logger.getLogger(SettlementRunBean.class.getName());

  private final SettlementJobs jobs;
  private final SettlementRuns runs;
  private final Reconciler reconciler;
  private String day;
  private List<Reconciliation> reconciliations;

  @Inject
  public SettlementRunBean(SettlementJobs jobs, SettlementRuns runs, Reconciler reconciler) {
    this.jobs = jobs;
    this.runs = runs;
    this.reconciler = reconciler;
  }

  protected SettlementRunBean() {
    this(null, null, null);
  }

  public void start() {
    FacesContext faces = FacesContext.getCurrentInstance();
    String operator = PlatformOperator.name();
    try {
      long run = jobs.start(jobs.dayToSettle(day));
      LOG.info(() -> "Settlement run " + run + " started by " + operator);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO, "Settlement run " + run + " started.", null));
    } catch (InvalidInputException e) {
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, String.join(" ", e.problems()), null));
      faces.getExternalContext().setResponseStatus(400);
    }
  }

  /** Reconciles the day asked for (empty: the newest finished day) against the acquirer's file. */
  public void reconcile() {
    FacesContext faces = FacesContext.getCurrentInstance();
    PlatformOperator.name();
    try {
      Reconciliation result = reconciler.reconcile(jobs.dayToSettle(day));
      faces.addMessage(
          null,
          new FacesMessage(
              result.balanced() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
              "Reconciled "
                  + result.day()
                  + ": "
                  + result.matched()
                  + " matched, "
                  + result.differences().size()
                  + " differences.",
              null));
    } catch (InvalidInputException e) {
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, String.join(" ", e.problems()), null));
      faces.getExternalContext().setResponseStatus(400);
    }
  }

  public List<Reconciliation> getReconciliations() {
    PlatformOperator.name();
    if (reconciliations == null) {
      reconciliations = reconciler.latest(7);
    }
    return reconciliations;
  }

  public SettlementRun getLatest() {
    PlatformOperator.name();
    return runs.latest().orElse(null);
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
  }
}
