package dev.penny.admin.web;

import dev.penny.payments.settlement.Settlement;
import dev.penny.payments.settlement.Settlements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A settlement's lines as CSV, at {@code /admin/{store}/settlements/{id}.csv}, for the store's
 * members (the gate has checked the membership); another store's settlement is not found.
 */
@ApplicationScoped
public class AdminSettlementCsv {

  private final Settlements settlements;

  @Inject
  public AdminSettlementCsv(Settlements settlements) {
    this.settlements = settlements;
  }

  protected AdminSettlementCsv() {
    this(null);
  }

  public void serve(long tenantId, String settlementId, HttpServletResponse response)
      throws IOException {
    Optional<Settlement> settlement = settlements.find(tenantId, settlementId);
    if (settlement.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"settlement-"
            + settlement.get().day()
            + "-"
            + settlementId
            + ".csv\"");
    Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    settlements.csv(settlement.get(), out);
    out.flush();
  }
}
