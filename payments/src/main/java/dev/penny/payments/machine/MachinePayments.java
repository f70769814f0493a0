package dev.penny.payments.machine;

import dev.penny.money.Money;
import dev.penny.payments.ledger.LedgerRefusedException;
import dev.penny.payments.ledger.Posting;
import dev.penny.payments.purchase.Channel;
import dev.penny.payments.purchase.MicroPurchase;
import dev.penny.payments.purchase.MicroPurchaseService;
import dev.penny.payments.purchase.Payer;
import dev.penny.payments.purchase.Purchases;
import dev.penny.payments.purchase.Receipt;
import dev.penny.payments.purchase.Sale;
import dev.penny.payments.spending.SpendingKey;
import dev.penny.payments.spending.SpendingKeySecrets;
import dev.penny.payments.spending.SpendingKeyService;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.tenancy.ActiveTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/**
 * Paid content for machine clients: the requirements of a content item, and its payment with a
 * spending key (by signature, the secret never sent) or by a crawler that states its maximum price.
 * Once paid, the content is the key's shopper's: later requests by the same shopper are not
 * charged.
 */
@ApplicationScoped
public class MachinePayments {

  /** x402's payment-identifier extension: 16 to 128 letters, digits, hyphens and underscores. */
  static final String PAYMENT_ID = "[A-Za-z0-9_-]{16,128}";

  private final MicroPurchaseService purchases;
  private final Purchases records;
  private final SpendingKeyService keys;
  private final SpendingKeySecrets secrets;
  private final PaymentNonces nonces;
  private final HeldPaymentAnswers heldAnswers;
  private final Clock clock;

  @Inject
  public MachinePayments(
      MicroPurchaseService purchases,
      Purchases records,
      SpendingKeyService keys,
      SpendingKeySecrets secrets,
      PaymentNonces nonces,
      HeldPaymentAnswers heldAnswers,
      Clock clock) {
    this.purchases = purchases;
    this.records = records;
    this.keys = keys;
    this.secrets = secrets;
    this.nonces = nonces;
    this.heldAnswers = heldAnswers;
    this.clock = clock;
  }

  protected MachinePayments() {
    this(null, null, null, null, null, null, null);
  }

  /** Who may read now, and the receipt if this request paid (empty: held already, no charge). */
  public record Access(String shopper, Optional<Receipt> receipt) {}

  /** The content item as it is sold (price, title); not found if archived or another store's. */
  public Sale saleOf(long contentId) {
    return purchases.unlockOf(contentId);
  }

  /** A fresh requirement (with a new nonce) for the content item sold as {@code sale}. */
  public PaymentRequirement requirement(ActiveTenant store, Sale sale, String resource) {
    return nonces.require(store.slug(), resource, sale.title(), sale.price());
  }

  public boolean holds(String shopper, long contentId) {
    return records.holds(shopper, contentId);
  }

  /**
   * Pays for the content item (sold as {@code sale}, from {@link #saleOf}) with a signed proof. The
   * same payment id again answers with the first receipt and charges nothing; a proof over other
   * requirements, an unknown or revoked key, a wrong signature, an expired or used nonce are
   * refused.
   */
  public Access pay(ActiveTenant store, Sale sale, String resource, PaymentProof proof) {
    PaymentRequirement requirement =
        nonces.check(proof.nonce(), store.slug(), resource, sale.title(), sale.price());
    if (!proof.network().equals(requirement.network())
        || !proof.asset().equals(requirement.asset())
        || !proof.amount().equals(requirement.amount())
        || !proof.payTo().equals(requirement.payTo())) {
      throw new LedgerRefusedException(
          ErrorCode.PAYMENT_SIGNATURE_INVALID,
          "The payment accepted other requirements than this resource's.");
    }
    if (!proof.paymentId().matches(PAYMENT_ID)) {
      throw new LedgerRefusedException(
          ErrorCode.PAYMENT_SIGNATURE_INVALID,
          "A payment id is 16 to 128 letters, digits, hyphens or underscores");
    }
    SpendingKey key = keys.usable(proof.keyId());
    String expected =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                secrets.signWithSecret(
                    secrets.secretOf(key.publicId()), requirement.signingInput(proof.paymentId())));
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        proof.signature().replace("=", "").getBytes(StandardCharsets.US_ASCII))) {
      throw new LedgerRefusedException(
          ErrorCode.PAYMENT_SIGNATURE_INVALID, "The payment's signature does not match.");
    }
    String idemKey = "402:" + key.publicId() + ":" + proof.paymentId();
    long contentId = sale.itemId().getAsLong();
    Optional<HeldPaymentAnswers.Answer> bound = heldAnswers.of(idemKey);
    if (bound.isPresent()) {
      return heldAgain(key.shopper(), bound.get(), store, contentId);
    }
    Posting.KeySpend spend;
    try {
      spend = keys.spendIn(key, store);
    } catch (dev.penny.platform.problem.InvalidInputException otherCurrency) {
      // A key of another currency pays nothing here; its holder still reads what it holds (the
      // payment is answered with the unlock that holds it, nothing charged).
      Optional<MicroPurchase> held = records.holding(key.shopper(), contentId);
      if (held.isPresent()) {
        // A charge under this id (in a store of the key's currency) makes it another payment's.
        return answerHeld(idemKey, key.shopper(), store, contentId, held.get())
            .orElseThrow(MachinePayments::usedForAnother);
      }
      throw otherCurrency;
    }
    Payer payer =
        new Payer(
            key.shopper(),
            key.funding(),
            Channel.HTTP402,
            Optional.of(spend),
            Optional.of(proof.nonce()));
    Access access = buyOrHeld(store, sale, payer, idemKey);
    if (access.receipt().isPresent()) {
      return access;
    }
    // Held already: the payment is answered with the unlock that holds it, charging nothing now,
    // so that a client reading its receipt (x402's PAYMENT-RESPONSE) is told so.
    Optional<MicroPurchase> held = records.holding(access.shopper(), contentId);
    if (held.isEmpty()) {
      return new Access(access.shopper(), Optional.empty());
    }
    Optional<Access> answered = answerHeld(idemKey, access.shopper(), store, contentId, held.get());
    if (answered.isPresent()) {
      return answered.get();
    }
    // A charge was made under this id in the meantime (the same payment sent twice at once: one
    // charged, the other found the item held): its receipt, through the ledger's replay; or a
    // conflict when that charge paid for something else.
    Access again = buyOrHeld(store, sale, payer, idemKey);
    if (again.receipt().isPresent()) {
      return again;
    }
    throw usedForAnother();
  }

  /**
   * A payment answered with an unlock held already charged nothing, so no transfer binds its id: it
   * is bound to this answer, so that the same id cannot pay for something else later (and a request
   * that bound it first to something else makes this one a conflict).
   */
  private Optional<Access> answerHeld(
      String idemKey, String shopper, ActiveTenant store, long contentId, MicroPurchase held) {
    Optional<HeldPaymentAnswers.Answer> answer =
        heldAnswers.bind(
            idemKey,
            new HeldPaymentAnswers.Answer(store.id(), contentId, held.id()),
            clock.instant());
    if (answer.isEmpty()) {
      return Optional.empty();
    }
    if (!answer.get().sameRequest(store.id(), contentId)) {
      throw usedForAnother();
    }
    return Optional.of(new Access(shopper, Optional.of(heldAlready(held))));
  }

  /** A payment id answered before with an unlock held: the same answer, for the same item only. */
  private Access heldAgain(
      String shopper, HeldPaymentAnswers.Answer answer, ActiveTenant store, long contentId) {
    if (!answer.sameRequest(store.id(), contentId)) {
      throw usedForAnother();
    }
    Optional<MicroPurchase> held = records.holding(shopper, contentId);
    if (held.isEmpty()) {
      // The pass that held it has ended since: this id was spent on an answer that charged
      // nothing, and does not pay for a new pass.
      throw new LedgerRefusedException(
          ErrorCode.IDEMPOTENCY_CONFLICT,
          "This payment id was answered before, when the payer held this item; pay with a new"
              + " one.");
    }
    return new Access(shopper, Optional.of(heldAlready(held.get())));
  }

  private static LedgerRefusedException usedForAnother() {
    return new LedgerRefusedException(
        ErrorCode.IDEMPOTENCY_CONFLICT, "This payment id was used for another payment.");
  }

  /** A receipt for an unlock held already: its transaction, nothing charged now. */
  static Receipt heldAlready(MicroPurchase unlock) {
    return new Receipt(
        unlock.id(),
        unlock.kind(),
        unlock.itemTitle(),
        Money.zero(unlock.amount().currency()),
        unlock.funding(),
        unlock.createdAt(),
        unlock.expiresAt(),
        true);
  }

  /**
   * A crawler paying in one round trip: it names its spending key and the most it pays; at or above
   * the price it is charged (once per content item and pass), below it is refused with the price.
   */
  public Access crawl(ActiveTenant store, Sale sale, String keySecret, Money maxPrice) {
    SpendingKey key = keys.authenticate(keySecret);
    long contentId = sale.itemId().getAsLong();
    if (records.holds(key.shopper(), contentId)) {
      return new Access(key.shopper(), Optional.empty());
    }
    if (!maxPrice.currency().equals(sale.price().currency())
        || maxPrice.compareTo(sale.price()) < 0) {
      throw new LedgerRefusedException(
          ErrorCode.PRICE_ABOVE_MAXIMUM, "The price is above the crawler's maximum.");
    }
    String window =
        sale.pass()
            .map(p -> Long.toString(clock.instant().getEpochSecond() / p.toSeconds()))
            .orElse("forever");
    Payer payer =
        new Payer(
            key.shopper(),
            key.funding(),
            Channel.HTTP402,
            Optional.of(keys.spendIn(key, store)),
            Optional.empty());
    return buyOrHeld(
        store, sale, payer, "crawl:" + key.publicId() + ":" + contentId + ":" + window);
  }

  private Access buyOrHeld(ActiveTenant store, Sale sale, Payer payer, String idemKey) {
    try {
      return new Access(payer.shopper(), Optional.of(purchases.buy(store, sale, payer, idemKey)));
    } catch (LedgerRefusedException e) {
      if (e.errorCode() == ErrorCode.ALREADY_OWNED) {
        return new Access(payer.shopper(), Optional.empty());
      }
      throw e;
    }
  }
}
