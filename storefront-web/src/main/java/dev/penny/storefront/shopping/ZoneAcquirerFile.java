package dev.penny.storefront.shopping;

import dev.penny.money.Money;
import dev.penny.payments.reconciliation.AcquirerFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The acquirer's settlement file, as the checkout zone serves its sandbox acquirer's (CSV: day,
 * request_id, authorization, kind, amount, currency, merchant). A real acquirer's file would be
 * read here the same way; without the sandbox the zone has none and reconciliation says so.
 */
@ApplicationScoped
public class ZoneAcquirerFile implements AcquirerFile {

  private final CheckoutZoneClient zone;

  @Inject
  public ZoneAcquirerFile(CheckoutZoneClient zone) {
    this.zone = zone;
  }

  protected ZoneAcquirerFile() {
    this(null);
  }

  @Override
  public List<Line> lines(LocalDate day) {
    String csv = zone.text("/sandbox/settlement?day=" + day);
    List<Line> lines = new ArrayList<>();
    String[] rows = csv.split("\n");
    for (int i = 1; i < rows.length; i++) {
      String[] cells = rows[i].split(",", -1);
      if (cells.length < 7) {
        continue;
      }
      lines.add(new Line(cells[1], cells[3], Money.parse(cells[4], cells[5]), cells[6]));
    }
    return lines;
  }
}
