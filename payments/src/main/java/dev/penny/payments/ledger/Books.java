package dev.penny.payments.ledger;

import dev.penny.platform.problem.ErrorCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ledger's rules, applied one transfer at a time to balances read (and locked) from the
 * database: the writer loads what a batch touches, asks {@link #post} for each transfer in order,
 * and writes what it accepted. No database here, so the rules are tested on their own.
 *
 * <p>A transfer is refused, and changes nothing, when: the currencies differ; the debit account is
 * locked (a tab) or would fall below its floor (a wallet below zero, a tab past its limit); it
 * unlocks content the shopper still holds; its spending key would pass its daily cap in the store;
 * its nonce was used; it voids a purchase that is not voidable.
 */
public final class Books {

  /** An account as a batch holds it. */
  public static final class Account {
    private final long id;
    private final AccountKind kind;
    private final String currency;
    private final Long floor;
    private final boolean locked;
    private final boolean closed;
    private long balance;

    public Account(
        long id, AccountKind kind, String currency, long balance, Long floor, boolean locked) {
      this(id, kind, currency, balance, floor, locked, false);
    }

    /** An account that may also be closed: a tab its shopper closed takes no debit. */
    public Account(
        long id,
        AccountKind kind,
        String currency,
        long balance,
        Long floor,
        boolean locked,
        boolean closed) {
      this.id = id;
      this.kind = kind;
      this.currency = currency;
      this.balance = balance;
      this.floor = floor;
      this.locked = locked;
      this.closed = closed;
    }

    public long id() {
      return id;
    }

    public AccountKind kind() {
      return kind;
    }

    public String currency() {
      return currency;
    }

    public long balance() {
      return balance;
    }
  }

  /** Who holds which content item in which store. */
  public record Holding(long tenantId, String shopper, long contentId) {}

  /** A spending key's spend in one store on one day. */
  public record SpendDay(long keyId, long tenantId, LocalDate day) {}

  private final Map<Long, Account> accounts;
  private final Map<Long, Long> opening = new HashMap<>();
  private final Map<Holding, Instant> holdings;
  private final Map<SpendDay, Long> spent;
  private final Map<SpendDay, Long> spentChanged = new LinkedHashMap<>();
  private final Set<String> usedNonces;
  private final Set<Long> voidable;
  private final Set<Long> revokedKeys;

  public Books(
      Collection<Account> accounts,
      Map<Holding, Instant> holdings,
      Map<SpendDay, Long> spent,
      Set<String> usedNonces,
      Set<Long> voidable) {
    this(accounts, holdings, spent, usedNonces, voidable, Set.of());
  }

  /**
   * The books of a batch; {@code revokedKeys} are the spending keys among the batch's that were
   * revoked when it read them (a server's cache of keys may be older: the database decides).
   */
  public Books(
      Collection<Account> accounts,
      Map<Holding, Instant> holdings,
      Map<SpendDay, Long> spent,
      Set<String> usedNonces,
      Set<Long> voidable,
      Set<Long> revokedKeys) {
    this.revokedKeys = Set.copyOf(revokedKeys);
    this.accounts = new LinkedHashMap<>();
    for (Account account : accounts) {
      this.accounts.put(account.id, account);
      opening.put(account.id, account.balance);
    }
    this.holdings = new HashMap<>(holdings);
    this.spent = new HashMap<>(spent);
    this.usedNonces = new HashSet<>(usedNonces);
    this.voidable = new HashSet<>(voidable);
  }

  /** Posts the transfer if the rules allow it; otherwise the reason, and nothing changed. */
  public Optional<ErrorCode> post(Posting posting, Instant now) {
    Account debit = account(posting.debit());
    Account credit = account(posting.credit());
    String currency = posting.amount().currency().getCurrencyCode();
    if (!debit.currency.equals(currency) || !credit.currency.equals(currency)) {
      return Optional.of(ErrorCode.CURRENCY_MISMATCH);
    }
    if (posting.spend().isPresent() && revokedKeys.contains(posting.spend().get().keyId())) {
      return Optional.of(ErrorCode.SPENDING_KEY_REVOKED);
    }
    if (posting.nonce().isPresent() && usedNonces.contains(posting.nonce().get())) {
      return Optional.of(ErrorCode.PAYMENT_NONCE_REPLAYED);
    }
    // Something held already is refused as such before the money is looked at: a payer whose
    // wallet is empty or whose tab is locked still learns that they hold it (and nothing moves).
    Optional<Holding> unlock =
        posting
            .purchase()
            .filter(PurchaseRecord::unlocksContent)
            .map(p -> new Holding(p.tenantId(), p.shopper(), p.itemId().getAsLong()));
    if (unlock.isPresent()) {
      Instant until = holdings.get(unlock.get());
      if (until != null && until.isAfter(now)) {
        return Optional.of(ErrorCode.ALREADY_OWNED);
      }
    }
    long amount = posting.amount().micros();
    if (debit.closed) {
      return Optional.of(
          debit.kind == AccountKind.TAB ? ErrorCode.TAB_CLOSED : ErrorCode.FORBIDDEN);
    }
    if (debit.locked) {
      return Optional.of(
          debit.kind == AccountKind.TAB ? ErrorCode.TAB_LOCKED : ErrorCode.FORBIDDEN);
    }
    long debitAfter;
    long creditAfter;
    try {
      debitAfter = Math.subtractExact(debit.balance, amount);
      creditAfter = Math.addExact(credit.balance, amount);
    } catch (ArithmeticException e) {
      return Optional.of(ErrorCode.AMOUNT_OVERFLOW);
    }
    if (debit.floor != null && debitAfter < debit.floor) {
      return Optional.of(
          debit.kind == AccountKind.TAB
              ? ErrorCode.TAB_LIMIT_REACHED
              : ErrorCode.INSUFFICIENT_FUNDS);
    }
    if (posting.kind() == TransferKind.VOID || posting.kind() == TransferKind.REFUND) {
      if (posting.reverses().isEmpty() || !voidable.contains(posting.reverses().getAsLong())) {
        return Optional.of(ErrorCode.PURCHASE_NOT_VOIDABLE);
      }
    }
    Optional<SpendDay> spendDay =
        posting.spend().map(s -> new SpendDay(s.keyId(), s.tenantId(), s.day()));
    long spentAfter = 0;
    if (spendDay.isPresent()) {
      spentAfter = spent.getOrDefault(spendDay.get(), 0L) + amount;
      if (spentAfter > posting.spend().get().capMicros()) {
        return Optional.of(ErrorCode.SPENDING_CAP_REACHED);
      }
    }
    debit.balance = debitAfter;
    credit.balance = creditAfter;
    posting.nonce().ifPresent(usedNonces::add);
    posting.reverses().ifPresent(voidable::remove);
    unlock.ifPresent(
        h -> holdings.put(h, posting.purchase().get().expiresAt().orElse(Instant.MAX)));
    if (spendDay.isPresent()) {
      spent.put(spendDay.get(), spentAfter);
      spentChanged.put(spendDay.get(), spentAfter);
    }
    return Optional.empty();
  }

  /** Each changed account's balance change since the batch read it. */
  public Map<Long, Long> balanceChanges() {
    Map<Long, Long> changes = new LinkedHashMap<>();
    for (Account account : accounts.values()) {
      long change = account.balance - opening.get(account.id);
      if (change != 0) {
        changes.put(account.id, change);
      }
    }
    return changes;
  }

  /** The spending-key days changed, with their new totals. */
  public Map<SpendDay, Long> spendTotals() {
    return spentChanged;
  }

  public long balance(long accountId) {
    return account(accountId).balance;
  }

  private Account account(long id) {
    Account account = accounts.get(id);
    if (account == null) {
      throw new IllegalStateException("Account " + id + " was not loaded");
    }
    return account;
  }
}
