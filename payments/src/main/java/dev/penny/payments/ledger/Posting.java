package dev.penny.payments.ledger;

import dev.penny.money.Money;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One transfer to post, with what must be written beside it in the same database transaction.
 *
 * @param key the idempotency key, already qualified by who sent it (a shopper, a store, a key)
 * @param requestHash the request's fingerprint: the same key with another request is a conflict
 * @param debit the account the amount leaves
 * @param credit the account the amount reaches
 * @param storeId the store the transfer concerns, if any
 * @param memo what a statement shows for it (an item's title, "Top-up")
 * @param reverses for a void or refund, the purchase transfer it takes back
 * @param nonce a single-use payment nonce (HTTP 402), refused a second time
 * @param purchase the store's record of a micro-purchase, when this is one
 * @param spend the spending key's daily cap this counts against, if a key paid
 */
public record Posting(
    String key,
    String requestHash,
    TransferKind kind,
    long debit,
    long credit,
    Money amount,
    OptionalLong storeId,
    String memo,
    OptionalLong reverses,
    Optional<String> nonce,
    Optional<PurchaseRecord> purchase,
    Optional<KeySpend> spend) {

  public Posting {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("A transfer moves a positive amount");
    }
    if (debit == credit) {
      throw new IllegalArgumentException("A transfer needs two accounts");
    }
    memo = memo.length() > 200 ? memo.substring(0, 200) : memo;
  }

  /** A transfer alone, with nothing written beside it. */
  public static Posting transfer(
      String key,
      String requestHash,
      TransferKind kind,
      long debit,
      long credit,
      Money amount,
      String memo) {
    return new Posting(
        key,
        requestHash,
        kind,
        debit,
        credit,
        amount,
        OptionalLong.empty(),
        memo,
        OptionalLong.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** A spending key's day in one store, and the most it may spend there that day. */
  public record KeySpend(long keyId, long tenantId, java.time.LocalDate day, long capMicros) {}
}
