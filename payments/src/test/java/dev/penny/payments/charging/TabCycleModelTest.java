package dev.penny.payments.charging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.money.Money;
import dev.penny.payments.settlement.SettlementFigures;
import dev.penny.payments.tab.DueRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any sequence of tab purchases in several stores, voids, charges (that succeed, fail or get no
 * answer and are resolved later) and settlements, played through the real planner, split and
 * settlement arithmetic onto a double-entry ledger: every step keeps the ledger at zero, the tab's
 * balance equal to what its lines still owe, every charge equal to what it covers, every fee split
 * equal to the fee, and every store's payouts plus its carry equal to what it earned net.
 */
class TabCycleModelTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final CardFeeModel FEES = new CardFeeModel(29_000, Money.parse("0.30", USD));
  private static final Money CAP = Money.parse("15.00", USD);

  /** One step: kind 0-4 purchase, 5 void, 6-7 charge, 8 resolve, 9 settle; and a number. */
  record Step(int kind, long number) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    return Arbitraries.integers()
        .between(0, 9)
        .flatMap(kind -> Arbitraries.longs().between(1, 4_000_000).map(n -> new Step(kind, n)))
        .list()
        .ofMinSize(1)
        .ofMaxSize(120);
  }

  private static final class Line {
    final long id;
    final long store;
    final long amount;
    long collected;
    long claimed;
    boolean voided;

    Line(long id, long store, long amount) {
      this.id = id;
      this.store = store;
      this.amount = amount;
    }

    long owed() {
      return voided ? 0 : amount - collected;
    }
  }

  private final Map<String, Long> ledger = new HashMap<>();
  private final List<Line> lines = new ArrayList<>();
  private final List<PlannedCharge> unanswered = new ArrayList<>();
  private final Map<Long, Long> earnedNet = new HashMap<>();
  private final Map<Long, Long> paidOut = new HashMap<>();
  private final Map<Long, Long> carry = new HashMap<>();
  private final Map<Long, long[]> unsettled = new HashMap<>();

  @Property(tries = 400)
  void everySequenceKeepsTheBooksExact(@ForAll("steps") List<Step> steps) {
    ledger.clear();
    lines.clear();
    unanswered.clear();
    earnedNet.clear();
    paidOut.clear();
    carry.clear();
    unsettled.clear();
    for (Step step : steps) {
      switch (step.kind()) {
        case 0, 1, 2, 3, 4 -> purchase(1 + step.number() % 3, step.number());
        case 5 -> voidLine(step.number());
        case 6, 7 -> charge(step.number());
        case 8 -> resolve(step.number());
        default -> settle(1 + step.number() % 3);
      }
      check();
    }
  }

  private void purchase(long store, long amount) {
    long owed = lines.stream().mapToLong(Line::owed).sum();
    if (owed + amount > CAP.micros()) {
      return; // the tab's limit refuses it
    }
    lines.add(new Line(lines.size() + 1, store, amount));
    transfer("tab", "store" + store, amount);
  }

  private void voidLine(long pick) {
    List<Line> voidable =
        lines.stream().filter(l -> !l.voided && l.collected == 0 && l.claimed == 0).toList();
    if (voidable.isEmpty()) {
      return;
    }
    Line line = voidable.get((int) (pick % voidable.size()));
    line.voided = true;
    transfer("store" + line.store, "tab", line.amount);
  }

  private void charge(long outcome) {
    if (!unanswered.isEmpty()) {
      return; // one cycle at a time
    }
    List<OpenLine> open = new ArrayList<>();
    for (Line line : lines) {
      long left = line.owed() - line.claimed;
      if (left > 0) {
        open.add(new OpenLine(line.id, line.store, left, Instant.EPOCH));
      }
    }
    long owed = open.stream().mapToLong(OpenLine::remainingMicros).sum();
    if (!DueRule.chargeable(Money.ofMicros(owed, USD), Money.parse("0.50", USD))) {
      return;
    }
    for (PlannedCharge planned : TabChargePlanner.plan(open, CAP)) {
      planned.coverages().forEach(c -> line(c.purchaseId()).claimed += c.micros());
      switch ((int) (outcome % 3)) {
        case 0 -> succeed(planned);
        case 1 -> fail(planned);
        default -> unanswered.add(planned);
      }
    }
  }

  private void resolve(long outcome) {
    List<PlannedCharge> pending = new ArrayList<>(unanswered);
    unanswered.clear();
    for (PlannedCharge planned : pending) {
      if (outcome % 2 == 0) {
        succeed(planned);
      } else {
        fail(planned);
      }
    }
  }

  private void succeed(PlannedCharge planned) {
    transfer("clearing", "tab", planned.amount().micros());
    Map<Long, Long> byStore = new java.util.TreeMap<>();
    for (Coverage c : planned.coverages()) {
      Line line = line(c.purchaseId());
      line.claimed -= c.micros();
      line.collected += c.micros();
      byStore.merge(c.tenantId(), c.micros(), Long::sum);
    }
    long fee = FEES.feeFor(planned.amount()).micros();
    long[] stores = byStore.keySet().stream().mapToLong(Long::longValue).toArray();
    long[] parts =
        ProportionalSplit.split(fee, byStore.values().stream().mapToLong(v -> v).toArray());
    assertThat(Arrays.stream(parts).sum()).isEqualTo(fee);
    for (int i = 0; i < stores.length; i++) {
      long[] day = unsettled.computeIfAbsent(stores[i], s -> new long[2]);
      day[0] += byStore.get(stores[i]);
      day[1] += parts[i];
    }
  }

  private void fail(PlannedCharge planned) {
    planned.coverages().forEach(c -> line(c.purchaseId()).claimed -= c.micros());
  }

  private void settle(long store) {
    long[] day = unsettled.remove(store);
    if (day == null) {
      return;
    }
    SettlementFigures f =
        SettlementFigures.of(
            Money.ofMicros(day[0], USD),
            Money.ofMicros(day[1], USD),
            50_000,
            Money.zero(USD),
            Money.ofMicros(carry.getOrDefault(store, 0L), USD));
    transfer("store" + store, "fees", f.cardFees().micros());
    transfer("store" + store, "fees", f.platformFee().micros());
    transfer("store" + store, "payouts", f.payout().micros());
    earnedNet.merge(store, f.net().micros(), Long::sum);
    paidOut.merge(store, f.payout().micros(), Long::sum);
    carry.put(store, f.carriedOut().micros());
  }

  private void check() {
    assertThat(ledger.values().stream().mapToLong(Long::longValue).sum()).isZero();
    long owed = lines.stream().mapToLong(Line::owed).sum();
    assertThat(-ledger.getOrDefault("tab", 0L)).isEqualTo(owed);
    assertThat(-ledger.getOrDefault("clearing", 0L))
        .isEqualTo(lines.stream().mapToLong(l -> l.collected).sum());
    for (Line line : lines) {
      assertThat(line.collected + line.claimed).isBetween(0L, line.voided ? 0 : line.amount);
    }
    for (long store : paidOut.keySet()) {
      assertThat(paidOut.get(store) + carry.get(store)).isEqualTo(earnedNet.get(store));
      assertThat(paidOut.get(store) % 10_000).isZero();
    }
  }

  private Line line(long id) {
    return lines.get((int) id - 1);
  }

  private void transfer(String from, String to, long amount) {
    if (amount == 0) {
      return;
    }
    ledger.merge(from, -amount, Long::sum);
    ledger.merge(to, amount, Long::sum);
  }
}
