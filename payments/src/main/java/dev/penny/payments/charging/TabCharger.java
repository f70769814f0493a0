package dev.penny.payments.charging;

import dev.penny.money.Money;
import dev.penny.payments.Requests;
import dev.penny.payments.Statements;
import dev.penny.payments.ledger.AccountRef;
import dev.penny.payments.ledger.LedgerAccounts;
import dev.penny.payments.ledger.LedgerWriter;
import dev.penny.payments.ledger.Posting;
import dev.penny.payments.ledger.TransferKind;
import dev.penny.payments.wallet.CardCharges;
import dev.penny.platform.json.Jsonp;
import dev.penny.platform.webhook.WebhookEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;

/**
 * Charges tabs through the checkout zone, exactly once per cycle and part: a charge is recorded
 * (claiming its lines) before the card is asked, under an idempotency key derived from the tab's
 * cycle; the zone's answer moves it by {@link ChargeTransitions}; no answer leaves it UNKNOWN, and
 * {@link #work} asks the zone again with the same key (which repeats the first answer and never
 * charges twice), retries declined charges after a back-off, and picks up what a stopped server
 * left. A charge that succeeds credits the tab, collects its lines, splits its fee across the
 * stores it collected for, and writes the itemised receipt; one declined on every attempt gives its
 * lines back and locks the tab.
 */
@ApplicationScoped
public class TabCharger {

  private static final Logger LOG = Logger.getLogger(TabCharger.class.getName());

  /** The zone's decline code for an authorization the acquirer never received. */
  static final String NOT_RECEIVED = "not_received";

  /** How long a pay-now card page may stay unpaid before it is voided and its lines go back. */
  static final Duration CARD_PAGE_EXPIRES = Duration.ofMinutes(30);

  /** How often an open card page is asked about when the shopper's browser did not come back. */
  static final Duration CARD_PAGE_ASKED_EVERY = Duration.ofMinutes(1);

  private final TabCharges charges;
  private final TabReceipts receipts;
  private final LedgerAccounts accounts;
  private final LedgerWriter writer;
  private final CardCharges cards;
  private final Clock clock;

  @Inject
  public TabCharger(
      TabCharges charges,
      TabReceipts receipts,
      LedgerAccounts accounts,
      LedgerWriter writer,
      CardCharges cards,
      Clock clock) {
    this.charges = charges;
    this.receipts = receipts;
    this.accounts = accounts;
    this.writer = writer;
    this.cards = cards;
    this.clock = clock;
  }

  protected TabCharger() {
    this(null, null, null, null, null, null);
  }

  /** Charges the tab if it is due and chargeable: the charges made now (empty: nothing to do). */
  public List<ClaimedCharge> chargeIfDue(long tabAccount) {
    return attemptAll(charges.claim(tabAccount, false, Optional.empty()));
  }

  /**
   * The shopper pays their tab now (a locked one too), with the card they choose: what the card can
   * be charged of it, rounded down to minor units. Once every part is paid a locked tab opens.
   */
  public List<ClaimedCharge> payNow(long tabAccount, Optional<TabCharges.Card> card) {
    return attemptAll(charges.claim(tabAccount, true, card));
  }

  /**
   * The shopper pays their tab now (a locked one too) with a card not saved: each part of what a
   * card can be charged gets a card page at the checkout zone, framed by {@code frameOrigin}; the
   * charges wait (AWAITING_CARD) until the zone says a page was paid, or it is abandoned. A page
   * the zone would not open is abandoned at once (nothing charged, the tab as it was).
   */
  public List<ClaimedCharge> payNowWithNewCard(long tabAccount, String frameOrigin) {
    List<ClaimedCharge> opened = new ArrayList<>();
    for (ClaimedCharge charge : charges.claim(tabAccount, true, Optional.of(TabCharges.Card.NEW))) {
      try {
        CardCharges.CardPage page =
            cards.openCardPage(
                "tab-" + charge.publicId(), charge.shopper(), charge.amount(), frameOrigin);
        charges.move(
            charge,
            ChargeEvent.CARD_PAGE,
            Optional.of(page.paymentId()),
            Optional.empty(),
            clock.instant().plus(CARD_PAGE_ASKED_EVERY));
      } catch (RuntimeException e) {
        LOG.warning(() -> "No card page for tab charge " + charge.publicId() + ": " + e);
        abandon(charge);
      }
      opened.add(charges.find(charge.id()).orElseThrow());
    }
    return opened;
  }

  /**
   * The card page of the tab's first part still to be paid, at a new address; empty when no part
   * waits for a card.
   */
  public Optional<String> cardPage(long tabAccount) {
    return charges.awaitingCard(tabAccount).stream()
        .findFirst()
        .map(charge -> cards.cardPageOf(charge.paymentId().orElseThrow()));
  }

  /**
   * Asks the zone, server to server, about the tab's parts waiting on a card page (the shopper's
   * browser only says to ask): the ones paid succeed, the ones voided are abandoned.
   */
  public List<ClaimedCharge> confirmCardPages(long tabAccount) {
    List<ClaimedCharge> after = new ArrayList<>();
    for (ClaimedCharge charge : charges.awaitingCard(tabAccount)) {
      after.add(ask(charge));
    }
    return after;
  }

  /**
   * The shopper gives up paying on the card pages: each is voided at the zone so that it can no
   * longer be paid, and its lines go back to the tab. A page paid meanwhile counts as paid.
   */
  public List<ClaimedCharge> cancelCardPages(long tabAccount) {
    List<ClaimedCharge> after = new ArrayList<>();
    for (ClaimedCharge charge : charges.awaitingCard(tabAccount)) {
      after.add(cancelCardPage(charge));
    }
    return after;
  }

  private ClaimedCharge cancelCardPage(ClaimedCharge charge) {
    String paymentId = charge.paymentId().orElseThrow();
    Optional<CardCharges.Charge> answer;
    try {
      CardCharges.Charge now = cards.state(paymentId);
      answer = Optional.of(now.awaitingCard() ? cards.cancel(paymentId) : now);
    } catch (RuntimeException e) {
      // A card submitted meanwhile cannot be voided: what the zone says of it is asked again.
      LOG.info(() -> "Card page " + paymentId + " not voided now: " + e.getMessage());
      answer = Optional.empty();
    }
    return apply(charge, answer);
  }

  private List<ClaimedCharge> attemptAll(List<ClaimedCharge> claimed) {
    List<ClaimedCharge> done = new ArrayList<>();
    for (ClaimedCharge charge : claimed) {
      done.add(attempt(charge));
    }
    return done;
  }

  /**
   * Does the next step of every charge that is due for one (at most {@code limit}): how many it
   * moved on.
   */
  public int work(int limit) {
    int moved = 0;
    for (long id : charges.dueForWork(limit)) {
      Optional<ClaimedCharge> leased = charges.lease(id);
      if (leased.isEmpty()) {
        continue;
      }
      ClaimedCharge charge = leased.get();
      try {
        if (charge.cardToken() == null && charge.paymentId().isEmpty()) {
          // A new card's part whose card page was never recorded (a server stopped in between):
          // nobody can pay it, nothing was charged.
          abandon(charge);
          moved++;
        } else if (charge.status() == ChargeStatus.AWAITING_CARD
            && charges.createdAt(id).plus(CARD_PAGE_EXPIRES).isBefore(clock.instant())) {
          moved += cancelCardPage(charge).status() != charge.status() ? 1 : 0;
        } else if (charge.status() == ChargeStatus.DECLINED) {
          if (charges.move(charge, ChargeEvent.RETRY, Optional.empty(), Optional.empty(), lease())
              == 1) {
            attempt(charges.find(id).orElseThrow());
            moved++;
          }
        } else {
          ClaimedCharge after = ask(charge);
          moved += after.status() != charge.status() ? 1 : 0;
        }
      } catch (RuntimeException e) {
        LOG.warning(() -> "Tab charge " + charge.publicId() + " could not move on: " + e);
      }
    }
    return moved;
  }

  private Instant lease() {
    return clock.instant().plus(TabCharges.LEASE);
  }

  /** Asks the card to pay this attempt (PENDING), under the attempt's idempotency key. */
  ClaimedCharge attempt(ClaimedCharge charge) {
    Optional<CardCharges.Charge> answer;
    try {
      answer =
          Optional.of(
              cards.chargeSavedCard(
                  "tab " + charge.publicId(),
                  charge.shopper(),
                  charge.cardToken(),
                  charge.amount(),
                  charge.zoneKey()));
    } catch (RuntimeException e) {
      LOG.warning(() -> "No answer for tab charge " + charge.publicId() + ": " + e.getMessage());
      answer = Optional.empty();
    }
    return apply(charge, answer);
  }

  /**
   * Asks the zone what became of a charge that got no answer (or that a stopped server left
   * PENDING): by its payment id when known, otherwise by the same request under the same key.
   */
  private ClaimedCharge ask(ClaimedCharge charge) {
    Optional<CardCharges.Charge> answer;
    try {
      answer =
          Optional.of(
              charge.paymentId().isPresent()
                  ? cards.state(charge.paymentId().get())
                  : cards.chargeSavedCard(
                      "tab " + charge.publicId(),
                      charge.shopper(),
                      charge.cardToken(),
                      charge.amount(),
                      charge.zoneKey()));
    } catch (RuntimeException e) {
      answer = Optional.empty();
    }
    return apply(charge, answer);
  }

  private ClaimedCharge apply(ClaimedCharge charge, Optional<CardCharges.Charge> answer) {
    if (charge.status() == ChargeStatus.AWAITING_CARD) {
      return applyToCardPage(charge, answer);
    }
    Optional<String> paymentId = answer.map(CardCharges.Charge::paymentId);
    if (answer.isEmpty() || answer.get().unsettled()) {
      Duration wait = ChargeRules.askAgainAfter(attemptsAsked(charge));
      charges.move(
          charge, ChargeEvent.NO_ANSWER, paymentId, Optional.empty(), clock.instant().plus(wait));
    } else if (answer.get().captured()) {
      succeed(charge, answer.get());
    } else if (answer.get().declineCode().filter(NOT_RECEIVED::equals).isPresent()) {
      // The authorization never reached the acquirer: nothing was charged. Tried again soon under
      // the next attempt's key (the zone answers this one's key with this answer for ever).
      Instant resendAt = clock.instant().plus(ChargeRules.askAgainAfter(charge.unsent() + 1));
      charges.move(charge, ChargeEvent.NOT_SENT, paymentId, answer.get().declineCode(), resendAt);
    } else {
      boolean last = charge.declines() + 1 >= charge.maxAttempts();
      if (last) {
        fail(charge, paymentId, answer.get().declineCode());
      } else {
        Instant retryAt = clock.instant().plus(ChargeRules.backoff(charge.declines() + 1));
        charges.move(charge, ChargeEvent.DECLINED, paymentId, answer.get().declineCode(), retryAt);
        dev.penny.payments.PaymentCounters.tabChargeDeclined();
      }
    }
    return charges.find(charge.id()).orElseThrow();
  }

  /**
   * A card page's payment: paid (captured) succeeds, voided or failed is abandoned; anything else
   * (no card yet, a card declined and another awaited, an answer still awaited, no answer) is asked
   * about again later.
   */
  private ClaimedCharge applyToCardPage(ClaimedCharge charge, Optional<CardCharges.Charge> answer) {
    if (answer.isPresent() && answer.get().captured()) {
      succeed(charge, answer.get());
    } else if (answer.isPresent() && answer.get().endedUnpaid()) {
      abandon(charge);
    } else {
      charges.move(
          charge,
          ChargeEvent.NO_ANSWER,
          Optional.empty(),
          Optional.empty(),
          clock.instant().plus(CARD_PAGE_ASKED_EVERY));
    }
    return charges.find(charge.id()).orElseThrow();
  }

  private int attemptsAsked(ClaimedCharge charge) {
    return charge.status() == ChargeStatus.UNKNOWN ? 2 : 1;
  }

  /**
   * The card paid: the tab is credited (an idempotent ledger transfer, so a repeat after a crash
   * moves nothing), then, in one transaction, the charge is marked SUCCEEDED and its lines
   * collected, its fee split across stores, its receipt written, and a tab paid now opened.
   */
  private void succeed(ClaimedCharge charge, CardCharges.Charge answer) {
    String paymentId = answer.paymentId();
    Money amount = charge.amount();
    long clearing = accounts.open(AccountRef.cardClearing(amount.currency()), OptionalLong.empty());
    writer.post(
        Posting.transfer(
            charge.ledgerKey(),
            Requests.fingerprint("tabcharge", charge.publicId(), amount),
            TransferKind.TAB_CHARGE,
            clearing,
            charge.tabAccount(),
            amount,
            "Tab charge"));
    Instant now = clock.instant();
    Money fee = ChargeRules.cardFees(amount.currency()).feeFor(amount);
    charges.inTransaction(
        "record the tab charge",
        c -> {
          int moved =
              Statements.update(
                  c,
                  "UPDATE tab_charge SET status = 'SUCCEEDED', payment_id = ?, fee_micros = ?,"
                      + " settled_at = ?, card_label = COALESCE(?, card_label)"
                      + " WHERE id = ? AND status = ?",
                  paymentId,
                  fee.micros(),
                  Timestamp.from(now),
                  answer.cardLabel().orElse(null),
                  charge.id(),
                  charge.status().name());
          if (moved == 1) {
            ChargeTransitions.require(charge.status(), ChargeEvent.CAPTURED);
            dev.penny.payments.PaymentCounters.tabChargeSucceeded();
            Statements.update(
                c,
                "UPDATE micro_purchase p JOIN tab_charge_line l"
                    + " ON l.tenant_id = p.tenant_id AND l.purchase_id = p.id"
                    + " SET p.tab_charge_id = l.charge_id"
                    + " WHERE l.charge_id = ? AND p.charged_micros = p.amount_micros",
                charge.id());
            share(c, charge, fee, LocalDate.ofInstant(now, ZoneOffset.UTC), now);
            receipts.write(c, charge.id(), now);
            if (charge.reason() == ChargeReason.PAY_NOW) {
              openIfPaid(c, charge);
            }
          }
          return null;
        });
    LOG.info(() -> "Tab charge " + charge.publicId() + " succeeded: " + amount);
  }

  /** The charge's split by store: what it collected for each, and its fee by the published rule. */
  private static void share(
      Connection c, ClaimedCharge charge, Money fee, LocalDate day, Instant now)
      throws SQLException {
    List<long[]> stores = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT tenant_id, SUM(covered_micros), COUNT(*) FROM tab_charge_line"
                + " WHERE charge_id = ? GROUP BY tenant_id ORDER BY tenant_id")) {
      s.setLong(1, charge.id());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          stores.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
        }
      }
    }
    long[] weights = stores.stream().mapToLong(r -> r[1]).toArray();
    long[] fees = ProportionalSplit.split(fee.micros(), weights);
    CardFeeModel model = ChargeRules.cardFees(fee.currency());
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO tab_charge_share (tenant_id, charge_id, day, currency, amount_micros,"
                + " fee_micros, line_count, standalone_fee_micros) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < stores.size(); i++) {
        long[] store = stores.get(i);
        Money collected = Money.ofMicros(store[1], fee.currency());
        insert.setLong(1, store[0]);
        insert.setLong(2, charge.id());
        insert.setObject(3, day);
        insert.setString(4, fee.currency().getCurrencyCode());
        insert.setLong(5, store[1]);
        insert.setLong(6, fees[i]);
        insert.setInt(7, (int) store[2]);
        insert.setLong(8, model.standaloneFor(store[2], collected).micros());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    // Each store that listens hears of the charge that collected for it, in this same transaction.
    List<WebhookEvents.StoreEvent> events = new ArrayList<>();
    for (int i = 0; i < stores.size(); i++) {
      long[] store = stores.get(i);
      events.add(
          new WebhookEvents.StoreEvent(
              store[0],
              Jsonp.JSON
                  .createObjectBuilder()
                  .add("charge", charge.publicId())
                  .add("day", day.toString())
                  .add("collected", Money.ofMicros(store[1], fee.currency()).toPlainString())
                  .add("card_fee", Money.ofMicros(fees[i], fee.currency()).toPlainString())
                  .add("lines", store[2])
                  .add("currency", fee.currency().getCurrencyCode())
                  .build()));
    }
    WebhookEvents.publishAll(c, WebhookEvents.TAB_CHARGED, events, now);
  }

  /** A tab paid now opens again once no charge of it is under way or failed in this cycle. */
  private static void openIfPaid(Connection c, ClaimedCharge charge) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT 1 FROM tab_charge WHERE tab_account = ? AND cycle = ?"
                + " AND status <> 'SUCCEEDED' LIMIT 1")) {
      s.setLong(1, charge.tabAccount());
      s.setInt(2, charge.cycle());
      try (ResultSet rs = s.executeQuery()) {
        if (rs.next()) {
          return;
        }
      }
    }
    TabCharges.unlock(c, charge.tabAccount());
  }

  /** Each store (that listens) whose lines the failed charge held hears that the tab locked. */
  private static void announceLock(Connection c, ClaimedCharge charge, Instant now)
      throws SQLException {
    List<Long> stores = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT DISTINCT tenant_id FROM tab_charge_line WHERE charge_id = ? ORDER BY tenant_id")) {
      s.setLong(1, charge.id());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          stores.add(rs.getLong(1));
        }
      }
    }
    List<WebhookEvents.StoreEvent> events = new ArrayList<>();
    for (long store : stores) {
      events.add(
          new WebhookEvents.StoreEvent(
              store,
              Jsonp.JSON
                  .createObjectBuilder()
                  .add("charge", charge.publicId())
                  .add("amount", charge.amount().toPlainString())
                  .add("currency", charge.amount().currency().getCurrencyCode())
                  .add("attempts", charge.attempts() + 1)
                  .build()));
    }
    WebhookEvents.publishAll(c, WebhookEvents.TAB_LOCKED, events, now);
  }

  /**
   * A card page left unpaid (voided at the zone), or one that could not be opened: nothing was
   * charged; the charge ends FAILED and its lines go back to the tab, which stays as it was (a
   * locked tab stays locked, an open one open).
   */
  private void abandon(ClaimedCharge charge) {
    ChargeTransitions.require(charge.status(), ChargeEvent.ABANDONED);
    charges.inTransaction(
        "record the abandoned card page",
        c -> {
          int moved =
              Statements.update(
                  c,
                  "UPDATE tab_charge SET status = 'FAILED', decline_code = 'abandoned'"
                      + " WHERE id = ? AND status = ?",
                  charge.id(),
                  charge.status().name());
          if (moved == 1) {
            charges.release(c, charge.id());
          }
          return null;
        });
    LOG.info(() -> "Tab charge " + charge.publicId() + " abandoned on its card page");
  }

  /**
   * Declined on its last attempt: the charge fails, its lines go back to the tab, and (unless the
   * shopper was paying now, and saw the decline) the tab locks.
   */
  private void fail(ClaimedCharge charge, Optional<String> paymentId, Optional<String> code) {
    ChargeTransitions.require(charge.status(), ChargeEvent.DECLINED_LAST);
    Instant now = clock.instant();
    charges.inTransaction(
        "record the failed tab charge",
        c -> {
          int moved =
              Statements.update(
                  c,
                  "UPDATE tab_charge SET status = 'FAILED', attempts = attempts + 1,"
                      + " payment_id = COALESCE(?, payment_id), decline_code = ?"
                      + " WHERE id = ? AND status = ? AND attempts = ?",
                  paymentId.orElse(null),
                  code.orElse("declined"),
                  charge.id(),
                  charge.status().name(),
                  charge.attempts());
          if (moved == 1) {
            if (charge.reason() != ChargeReason.PAY_NOW) {
              announceLock(c, charge, now);
              receipts.writeLockNotice(c, charge, now);
            }
            charges.release(c, charge.id());
            if (charge.reason() != ChargeReason.PAY_NOW) {
              Statements.update(
                  c, "UPDATE ledger_account SET locked = TRUE WHERE id = ?", charge.tabAccount());
              Statements.update(
                  c,
                  "UPDATE tab SET locked_at = ? WHERE account_id = ?",
                  Timestamp.from(now),
                  charge.tabAccount());
            }
          }
          return null;
        });
    LOG.info(() -> "Tab charge " + charge.publicId() + " failed; the tab is locked");
  }
}
