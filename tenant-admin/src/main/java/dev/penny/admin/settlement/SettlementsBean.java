package dev.penny.admin.settlement;

import dev.penny.admin.web.AdminContext;
import dev.penny.admin.web.AdminParameters;
import dev.penny.payments.settlement.Settlement;
import dev.penny.payments.settlement.SettlementRun;
import dev.penny.payments.settlement.SettlementRuns;
import dev.penny.payments.settlement.Settlements;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The store's settlements, newest day first, paged by day ({@code ?before=2026-11-30}), with the
 * progress of the settlement run under way (the page refreshes itself while one runs).
 */
@Named("settlements")
@RequestScoped
public class SettlementsBean {

  static final int PAGE = 30;

  private final Settlements settlements;
  private final SettlementRuns runs;
  private final AdminContext admin;
  private List<Settlement> rows = List.of();
  private Optional<SettlementRun> run = Optional.empty();

  @Inject
  public SettlementsBean(Settlements settlements, SettlementRuns runs, AdminContext admin) {
    this.settlements = settlements;
    this.runs = runs;
    this.admin = admin;
  }

  protected SettlementsBean() {
    this(null, null, null);
  }

  public void load() {
    Optional<LocalDate> before = Optional.empty();
    String requested = AdminParameters.get("before");
    if (requested != null) {
      try {
        before = Optional.of(LocalDate.parse(requested));
      } catch (DateTimeParseException e) {
        before = Optional.empty();
      }
    }
    rows = settlements.list(admin.getStore().id(), before, PAGE + 1);
    run = runs.latest();
  }

  public List<Settlement> getRows() {
    return rows.size() > PAGE ? rows.subList(0, PAGE) : rows;
  }

  public boolean isHasNext() {
    return rows.size() > PAGE;
  }

  public String getNextBefore() {
    return getRows().get(getRows().size() - 1).day().toString();
  }

  public SettlementRun getRun() {
    return run.orElse(null);
  }
}
