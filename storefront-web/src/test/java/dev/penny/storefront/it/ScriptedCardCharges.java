package dev.penny.storefront.it;

import dev.penny.money.Money;
import dev.penny.payments.wallet.CardCharges;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The checkout zone as the in-container suite sees it: an acquirer with its own records, by
 * idempotency key, like the sandbox's. The card's token says what it does: {@code card_ok} pays,
 * {@code card_declined} declines, {@code card_timeout} charges the card but answers with silence
 * the first time (the record holds the charge; asked again under the same key it answers captured),
 * {@code card_unsent} is answered "not_received" (the authorization never reached the acquirer:
 * nothing charged) for its first {@link #UNSENT_BEFORE_RECEIVED} keys, then pays. Every key charged
 * is kept, so a test counts the card charges that really happened. A card page (pay now with a new
 * card) waits for a card until a test pays it ({@link #payCardPage}) or it is voided.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class ScriptedCardCharges implements CardCharges {

  private final Map<String, Charge> byKey = new ConcurrentHashMap<>();
  private final Map<String, Money> amounts = new ConcurrentHashMap<>();
  private final Map<String, String> shoppers = new ConcurrentHashMap<>();
  private final AtomicInteger calls = new AtomicInteger();
  private final AtomicInteger next = new AtomicInteger();
  private final Map<String, AtomicInteger> unsentKeys = new ConcurrentHashMap<>();

  /** More than a charge's attempts: "not received" must not count as the card's declines. */
  static final int UNSENT_BEFORE_RECEIVED = 6;

  @Override
  public List<SavedCard> savedCards(String shopper) {
    return List.of(
        new SavedCard("card_ok", "Visa", "4242", "12/30"),
        new SavedCard("card_declined", "Visa", "0002", "12/30"),
        new SavedCard("card_timeout", "Visa", "0119", "12/30"),
        new SavedCard("card_unsent", "Visa", "0127", "12/30"));
  }

  @Override
  public synchronized Charge chargeSavedCard(
      String reference, String shopper, String cardToken, Money amount, String key) {
    calls.incrementAndGet();
    Charge earlier = byKey.get(key);
    if (earlier != null) {
      return earlier;
    }
    Charge charge =
        switch (cardToken) {
          case "card_declined" ->
              new Charge("pay_" + next.incrementAndGet(), "declined", Optional.of("card_declined"));
          case "card_unsent" ->
              unsentKeys.computeIfAbsent(shopper, s -> new AtomicInteger()).incrementAndGet()
                      <= UNSENT_BEFORE_RECEIVED
                  ? new Charge(
                      "pay_" + next.incrementAndGet(), "declined", Optional.of("not_received"))
                  : new Charge("pay_" + next.incrementAndGet(), "captured", Optional.empty());
          default -> new Charge("pay_" + next.incrementAndGet(), "captured", Optional.empty());
        };
    byKey.put(key, charge);
    amounts.put(key, amount);
    shoppers.put(key, shopper);
    if (cardToken.equals("card_timeout")) {
      throw new IllegalStateException("The zone did not answer in time");
    }
    return charge;
  }

  @Override
  public Charge state(String paymentId) {
    Charge page = byKey.get(CARD_PAGE + paymentId);
    if (page != null) {
      return page;
    }
    return byKey.values().stream()
        .filter(c -> c.paymentId().equals(paymentId))
        .findFirst()
        .orElseThrow();
  }

  /** Card pages are kept under this prefix and their payment id (they have no idempotency key). */
  private static final String CARD_PAGE = "card-page:";

  private volatile boolean zoneDown;

  /** While true the zone opens no card page (it cannot be reached). */
  public void zoneDown(boolean down) {
    zoneDown = down;
  }

  @Override
  public CardPage openCardPage(String reference, String shopper, Money amount, String frameOrigin) {
    if (zoneDown) {
      throw new IllegalStateException("The zone did not answer");
    }
    String id = "pay_" + Integer.toHexString(0xc000 + next.incrementAndGet());
    byKey.put(CARD_PAGE + id, new Charge(id, "requires_card", Optional.empty()));
    amounts.put(CARD_PAGE + id, amount);
    shoppers.put(CARD_PAGE + id, shopper);
    return new CardPage(id, cardPageOf(id));
  }

  @Override
  public String cardPageOf(String paymentId) {
    return "http://pay.localhost:8080/checkout/card?payment=" + paymentId + "&secret=s";
  }

  @Override
  public synchronized Charge cancel(String paymentId) {
    Charge page = byKey.get(CARD_PAGE + paymentId);
    if (!page.awaitingCard()) {
      throw new IllegalStateException("Only a payment awaiting its card can be voided");
    }
    Charge voided = new Charge(paymentId, "voided", Optional.empty());
    byKey.put(CARD_PAGE + paymentId, voided);
    return voided;
  }

  /** The shopper types a card on the page: the test card 4242 pays it, another declines it. */
  public synchronized void payCardPage(String paymentId, boolean approved) {
    Charge page = byKey.get(CARD_PAGE + paymentId);
    if (page == null || !page.awaitingCard()) {
      throw new IllegalStateException("Not a card page awaiting a card: " + paymentId);
    }
    byKey.put(
        CARD_PAGE + paymentId,
        approved
            ? new Charge(paymentId, "captured", Optional.empty(), Optional.of("Visa •••• 4242"))
            : new Charge(paymentId, "requires_card", Optional.of("card_declined")));
  }

  private final Map<String, Money> refunds = new ConcurrentHashMap<>();
  private final Map<String, String> refundPayments = new ConcurrentHashMap<>();

  @Override
  public RefundAnswer refund(String paymentId, Money amount, String key) {
    Money earlier = refunds.putIfAbsent(key, amount);
    refundPayments.putIfAbsent(key, paymentId);
    return earlier == null || earlier.equals(amount) ? RefundAnswer.DONE : RefundAnswer.REFUSED;
  }

  /**
   * The acquirer's settlement file of everything it did (this suite runs within a day): a capture
   * line per captured charge and a negative line per refund, as the zone names their requests.
   */
  public java.util.List<dev.penny.payments.reconciliation.AcquirerFile.Line> settlementFile() {
    java.util.List<dev.penny.payments.reconciliation.AcquirerFile.Line> lines =
        new java.util.ArrayList<>();
    byKey.forEach(
        (key, charge) -> {
          if (charge.captured()) {
            lines.add(
                new dev.penny.payments.reconciliation.AcquirerFile.Line(
                    charge.paymentId() + "-capture", "capture", amounts.get(key), "penny"));
          }
        });
    refunds.forEach(
        (key, amount) ->
            lines.add(
                new dev.penny.payments.reconciliation.AcquirerFile.Line(
                    refundPayments.get(key) + "-refund-" + key,
                    "refund",
                    amount.negate(),
                    "penny")));
    return lines;
  }

  /** What was refunded to cards: every refund key once. */
  /** The payment a refund (by the zone's key for it) went against; null when none was asked. */
  public String refundedPayment(String key) {
    return refundPayments.get(key);
  }

  public Money refunded(java.util.Currency currency) {
    return Money.ofMicros(refunds.values().stream().mapToLong(Money::micros).sum(), currency);
  }

  /** What the shopper's card was really charged: every captured key once. */
  public Money capturedFrom(String shopper, java.util.Currency currency) {
    long micros =
        byKey.entrySet().stream()
            .filter(e -> e.getValue().captured() && shopper.equals(shoppers.get(e.getKey())))
            .mapToLong(e -> amounts.get(e.getKey()).micros())
            .sum();
    return Money.ofMicros(micros, currency);
  }

  /** How many captured card charges the shopper's card saw. */
  public long capturedCount(String shopper) {
    return byKey.entrySet().stream()
        .filter(e -> e.getValue().captured() && shopper.equals(shoppers.get(e.getKey())))
        .count();
  }

  public int calls() {
    return calls.get();
  }
}
