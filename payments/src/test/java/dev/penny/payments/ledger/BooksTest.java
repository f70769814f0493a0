package dev.penny.payments.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.money.Money;
import dev.penny.platform.problem.ErrorCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The ledger's rules on their own: any sequence of top-ups, purchases, voids and refunds keeps
 * every currency at zero, every wallet at or above zero, every tab within its limit, and every
 * balance equal to the sum of the transfers accepted on it.
 */
class BooksTest {

  private static final long CLEARING = 1;
  private static final long STORE = 2;
  private static final long[] WALLETS = {10, 11, 12};
  private static final long[] TABS = {20, 21, 22};
  private static final long TAB_LIMIT = 15_000_000;
  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

  /** One step: what it does, for which shopper, how much (micro-units), and which earlier step. */
  record Step(int kind, int shopper, long micros, int earlier) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 2),
                Arbitraries.longs().between(1, 20_000_000),
                Arbitraries.integers().between(0, 200))
            .as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(200);
  }

  @Property(tries = 300)
  void everySequenceKeepsTheBooksBalanced(@ForAll("steps") List<Step> steps) {
    Books books = books();
    Map<Long, Long> fromTransfers = new HashMap<>();
    List<Posting> purchases = new ArrayList<>();
    int n = 0;
    for (Step step : steps) {
      Posting posting = posting(step, n++, purchases);
      if (posting == null) {
        continue;
      }
      Optional<ErrorCode> refusal = books.post(posting, NOW);
      if (refusal.isEmpty()) {
        fromTransfers.merge(posting.debit(), -posting.amount().micros(), Long::sum);
        fromTransfers.merge(posting.credit(), posting.amount().micros(), Long::sum);
        if (posting.kind() == TransferKind.PURCHASE) {
          purchases.add(posting);
        }
      }
    }
    long sum = 0;
    for (long id : allAccounts()) {
      sum += books.balance(id);
      assertThat(books.balance(id)).isEqualTo(fromTransfers.getOrDefault(id, 0L));
    }
    assertThat(sum).isZero();
    for (long wallet : WALLETS) {
      assertThat(books.balance(wallet)).isNotNegative();
    }
    for (long tab : TABS) {
      assertThat(books.balance(tab)).isBetween(-TAB_LIMIT, 0L);
    }
  }

  @Test
  void aWalletIsNeverOverdrawnAndNothingChangesWhenRefused() {
    Books books = books();
    assertThat(books.post(transfer(TransferKind.TOP_UP, CLEARING, WALLETS[0], 1_000_000), NOW))
        .isEmpty();
    assertThat(books.post(transfer(TransferKind.PURCHASE, WALLETS[0], STORE, 1_000_001), NOW))
        .contains(ErrorCode.INSUFFICIENT_FUNDS);
    assertThat(books.balance(WALLETS[0])).isEqualTo(1_000_000);
    assertThat(books.balance(STORE)).isZero();
    assertThat(books.post(transfer(TransferKind.PURCHASE, WALLETS[0], STORE, 1_000_000), NOW))
        .isEmpty();
    assertThat(books.balance(WALLETS[0])).isZero();
  }

  @Test
  void twoThousandFiveHundredPurchasesAtATenthOfACentMakeExactlyFive() {
    Books books = books();
    for (int i = 0; i < 2_500; i++) {
      assertThat(books.post(transfer(TransferKind.PURCHASE, TABS[0], STORE, 2_000), NOW)).isEmpty();
    }
    assertThat(books.balance(TABS[0])).isEqualTo(-5_000_000);
    assertThat(books.balance(STORE)).isEqualTo(5_000_000);
  }

  @Test
  void aLockedTabRefusesAndAnotherCurrencyIsRefused() {
    Books books =
        new Books(
            List.of(
                new Books.Account(TABS[0], AccountKind.TAB, "USD", 0, -TAB_LIMIT, true),
                new Books.Account(STORE, AccountKind.STORE, "USD", 0, null, false),
                new Books.Account(99, AccountKind.STORE, "EUR", 0, null, false)),
            Map.of(),
            Map.of(),
            Set.of(),
            Set.of());
    assertThat(books.post(transfer(TransferKind.PURCHASE, TABS[0], STORE, 1), NOW))
        .contains(ErrorCode.TAB_LOCKED);
    assertThat(books.post(transfer(TransferKind.PURCHASE, STORE, 99, 1), NOW))
        .contains(ErrorCode.CURRENCY_MISMATCH);
  }

  @Test
  void aClosedTabTakesNoDebitButStillTakesWhatPaysIt() {
    Books books =
        new Books(
            List.of(
                new Books.Account(
                    TABS[0], AccountKind.TAB, "USD", -700_000, -TAB_LIMIT, false, true),
                new Books.Account(STORE, AccountKind.STORE, "USD", 700_000, null, false)),
            Map.of(),
            Map.of(),
            Set.of(),
            Set.of());
    assertThat(books.post(transfer(TransferKind.PURCHASE, TABS[0], STORE, 1), NOW))
        .contains(ErrorCode.TAB_CLOSED);
    assertThat(books.balance(TABS[0])).isEqualTo(-700_000);
    assertThat(books.post(transfer(TransferKind.TAB_CHARGE, STORE, TABS[0], 700_000), NOW))
        .isEmpty();
    assertThat(books.balance(TABS[0])).isZero();
  }

  @Test
  void aKeyRevokedWhenTheBatchReadItSpendsNothingWhateverACacheSaid() {
    List<Books.Account> accounts =
        List.of(
            new Books.Account(WALLETS[0], AccountKind.WALLET, "USD", 5_000_000, 0L, false),
            new Books.Account(STORE, AccountKind.STORE, "USD", 0, null, false));
    Books books = new Books(accounts, Map.of(), Map.of(), Set.of(), Set.of(), Set.of(7L));
    java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 2);

    assertThat(books.post(keyed(7L, day), NOW)).contains(ErrorCode.SPENDING_KEY_REVOKED);
    assertThat(books.balance(WALLETS[0])).isEqualTo(5_000_000);
    assertThat(books.spendTotals()).isEmpty();
    assertThat(books.post(keyed(8L, day), NOW)).isEmpty();
    assertThat(books.balance(WALLETS[0])).isEqualTo(4_000_000);
  }

  @Test
  void anItemHeldIsRefusedAsHeldWhateverTheMoneySaysAndAnEndedPassIsSoldAgain() {
    Books.Holding held = new Books.Holding(1, "ann", 42);
    List<Books.Account> accounts =
        List.of(
            new Books.Account(WALLETS[0], AccountKind.WALLET, "USD", 0, 0L, false),
            new Books.Account(TABS[0], AccountKind.TAB, "USD", 0, -TAB_LIMIT, true),
            new Books.Account(STORE, AccountKind.STORE, "USD", 0, null, false));

    Books holding =
        new Books(accounts, Map.of(held, NOW.plusSeconds(60)), Map.of(), Set.of(), Set.of());
    assertThat(holding.post(unlock(WALLETS[0], "n-1"), NOW)).contains(ErrorCode.ALREADY_OWNED);
    assertThat(holding.post(unlock(TABS[0], "n-2"), NOW)).contains(ErrorCode.ALREADY_OWNED);
    assertThat(holding.balance(WALLETS[0])).isZero();
    assertThat(holding.balance(STORE)).isZero();

    Books used =
        new Books(accounts, Map.of(held, NOW.plusSeconds(60)), Map.of(), Set.of("n-1"), Set.of());
    assertThat(used.post(unlock(WALLETS[0], "n-1"), NOW))
        .contains(ErrorCode.PAYMENT_NONCE_REPLAYED);

    Books ended = new Books(accounts, Map.of(held, NOW), Map.of(), Set.of(), Set.of());
    assertThat(ended.post(unlock(WALLETS[0], "n-3"), NOW)).contains(ErrorCode.INSUFFICIENT_FUNDS);
    assertThat(ended.post(unlock(TABS[0], "n-4"), NOW)).contains(ErrorCode.TAB_LOCKED);
  }

  /** An unlock of content item 42 of store 1 by "ann", paid from {@code debit} under a nonce. */
  private static Posting unlock(long debit, String nonce) {
    Posting plain = transfer(TransferKind.PURCHASE, debit, STORE, 250_000);
    return new Posting(
        plain.key(),
        plain.requestHash(),
        plain.kind(),
        plain.debit(),
        plain.credit(),
        plain.amount(),
        OptionalLong.of(1),
        plain.memo(),
        plain.reverses(),
        Optional.of(nonce),
        Optional.of(
            new PurchaseRecord(
                1,
                "ann",
                "UNLOCK",
                OptionalLong.of(42),
                "An article",
                Optional.empty(),
                "WALLET",
                "HTTP402",
                true,
                Optional.empty())),
        Optional.empty());
  }

  private static Posting keyed(long keyId, java.time.LocalDate day) {
    Posting plain = transfer(TransferKind.PURCHASE, WALLETS[0], STORE, 1_000_000, (int) keyId);
    return new Posting(
        plain.key(),
        plain.requestHash(),
        plain.kind(),
        plain.debit(),
        plain.credit(),
        plain.amount(),
        plain.storeId(),
        plain.memo(),
        plain.reverses(),
        plain.nonce(),
        plain.purchase(),
        java.util.Optional.of(new Posting.KeySpend(keyId, 1L, day, 10_000_000L)));
  }

  private static Posting posting(Step step, int n, List<Posting> purchases) {
    long wallet = WALLETS[step.shopper()];
    long tab = TABS[step.shopper()];
    switch (step.kind()) {
      case 0:
        return transfer(TransferKind.TOP_UP, CLEARING, wallet, step.micros());
      case 1:
        return transfer(TransferKind.PURCHASE, wallet, STORE, step.micros(), n);
      case 2:
        return transfer(TransferKind.PURCHASE, tab, STORE, step.micros(), n);
      default:
        if (purchases.isEmpty()) {
          return null;
        }
        Posting bought = purchases.get(step.earlier() % purchases.size());
        boolean onTab = bought.debit() >= TABS[0];
        return new Posting(
            "back-" + n,
            "h",
            onTab ? TransferKind.VOID : TransferKind.REFUND,
            STORE,
            bought.debit(),
            bought.amount(),
            OptionalLong.of(1),
            "back",
            idOf(bought),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    }
  }

  private static OptionalLong idOf(Posting purchase) {
    return OptionalLong.of(Long.parseLong(purchase.key().substring("p-".length())));
  }

  private static Posting transfer(TransferKind kind, long debit, long credit, long micros) {
    return transfer(kind, debit, credit, micros, -1);
  }

  private static Posting transfer(TransferKind kind, long debit, long credit, long micros, int n) {
    return Posting.transfer(
        "p-" + Math.max(n, 0), "h", kind, debit, credit, Money.ofMicros(micros, "USD"), "test");
  }

  private static Books books() {
    List<Books.Account> accounts = new ArrayList<>();
    accounts.add(new Books.Account(CLEARING, AccountKind.CARD_CLEARING, "USD", 0, null, false));
    accounts.add(new Books.Account(STORE, AccountKind.STORE, "USD", 0, null, false));
    for (long wallet : WALLETS) {
      accounts.add(new Books.Account(wallet, AccountKind.WALLET, "USD", 0, 0L, false));
    }
    for (long tab : TABS) {
      accounts.add(new Books.Account(tab, AccountKind.TAB, "USD", 0, -TAB_LIMIT, false));
    }
    Set<Long> voidable = new java.util.HashSet<>();
    for (long i = 0; i < 200; i++) {
      voidable.add(i);
    }
    return new Books(accounts, Map.of(), Map.of(), Set.of(), voidable);
  }

  private static List<Long> allAccounts() {
    List<Long> ids = new ArrayList<>(List.of(CLEARING, STORE));
    for (long w : WALLETS) {
      ids.add(w);
    }
    for (long t : TABS) {
      ids.add(t);
    }
    return ids;
  }
}
