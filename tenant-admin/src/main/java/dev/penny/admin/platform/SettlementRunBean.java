package dev.penny.admin.platform;

import dev.penny.payments.settlement.SettlementRun;
import dev.penny.payments.settlement.SettlementRuns;
import dev.penny.payments.settlement.job.SettlementJobs;
import dev.penny.platform.problem.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
  private String day;

  @Inject
  public SettlementRunBean(SettlementJobs jobs, SettlementRuns runs) {
    this.jobs = jobs;
    this.runs = runs;
  }

  protected SettlementRunBean() {
    this(null, null);
  }

  public void start() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      long run = jobs.start(jobs.dayToSettle(day));
      String operator = faces.getExternalContext().getUserPrincipal().getName();
      LOG.info(() -> "Settlement run " + run + " started by " + operator);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO, "Settlement run " + run + " started.", null));
    } catch (InvalidInputException e) {
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, String.join(" ", e.problems()), null));
    }
  }

  public SettlementRun getLatest() {
    return runs.latest().orElse(null);
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
  }
}
