package dev.penny.payments.ledger;

import java.util.Currency;
import java.util.Objects;

/**
 * Names an account: its kind, its owner (a shopper's subject, a store's id, "penny") and currency.
 */
public record AccountRef(AccountKind kind, String owner, Currency currency) {

  public AccountRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(currency, "currency");
    if (owner == null || owner.isBlank() || owner.length() > 255) {
      throw new IllegalArgumentException("An account needs an owner");
    }
  }

  public static AccountRef wallet(String shopper, Currency currency) {
    return new AccountRef(AccountKind.WALLET, shopper, currency);
  }

  public static AccountRef tab(String shopper, Currency currency) {
    return new AccountRef(AccountKind.TAB, shopper, currency);
  }

  public static AccountRef store(long tenantId, Currency currency) {
    return new AccountRef(AccountKind.STORE, Long.toString(tenantId), currency);
  }

  public static AccountRef cardClearing(Currency currency) {
    return new AccountRef(AccountKind.CARD_CLEARING, "penny", currency);
  }

  /** What card acquirers and the platform kept: card fees and the platform's fee. */
  public static AccountRef fees(Currency currency) {
    return new AccountRef(AccountKind.FEES, "penny", currency);
  }

  /** What was paid out to stores' bank accounts. */
  public static AccountRef payouts(Currency currency) {
    return new AccountRef(AccountKind.PAYOUTS, "penny", currency);
  }
}
