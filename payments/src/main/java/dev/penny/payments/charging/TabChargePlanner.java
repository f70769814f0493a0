package dev.penny.payments.charging;

import dev.penny.money.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a due tab's open lines into card charges: the lines' sum rounded DOWN to whole minor units
 * (what a card can be charged), split into as few charges as the cap allows, of near-equal size (so
 * that no part falls below the acquirer's minimum), each covering lines oldest first. The
 * sub-minor-unit remainder is what is left of the last line touched: it stays on the tab as the
 * first line of the next cycle. Nothing is rounded anywhere else, so the charges plus the remainder
 * are exactly the lines.
 */
public final class TabChargePlanner {

  private TabChargePlanner() {}

  public static List<PlannedCharge> plan(List<OpenLine> lines, Money cap) {
    long total = 0;
    for (OpenLine line : lines) {
      total = Math.addExact(total, line.remainingMicros());
    }
    Money.MinorUnitSplit chargeable =
        Money.ofMicros(total, cap.currency()).toMinorUnitsRoundingDown();
    if (chargeable.minorUnits() == 0) {
      return List.of();
    }
    long capMinor = cap.toMinorUnitsRoundingDown().minorUnits();
    if (capMinor <= 0) {
      throw new IllegalArgumentException("The cap must be at least one minor unit");
    }
    long minorUnits = chargeable.minorUnits();
    long parts = (minorUnits + capMinor - 1) / capMinor;
    long microsPerMinor = chargeable.charged().micros() / minorUnits;
    long base = minorUnits / parts;
    long extra = minorUnits % parts;

    List<PlannedCharge> charges = new ArrayList<>();
    int lineIndex = 0;
    long leftOfLine = lines.isEmpty() ? 0 : lines.get(0).remainingMicros();
    for (long part = 0; part < parts; part++) {
      long amount = (base + (part < extra ? 1 : 0)) * microsPerMinor;
      long toCover = amount;
      List<Coverage> coverages = new ArrayList<>();
      while (toCover > 0) {
        OpenLine line = lines.get(lineIndex);
        long take = Math.min(toCover, leftOfLine);
        leftOfLine -= take;
        toCover -= take;
        coverages.add(new Coverage(line.purchaseId(), line.tenantId(), take, leftOfLine == 0));
        if (leftOfLine == 0 && lineIndex + 1 < lines.size()) {
          lineIndex++;
          leftOfLine = lines.get(lineIndex).remainingMicros();
        }
      }
      charges.add(new PlannedCharge(Money.ofMicros(amount, cap.currency()), coverages));
    }
    return charges;
  }
}
