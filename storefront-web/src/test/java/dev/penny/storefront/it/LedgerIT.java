package dev.penny.storefront.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.money.Money;
import dev.penny.payments.ledger.AccountRef;
import dev.penny.payments.ledger.LedgerAccounts;
import dev.penny.payments.ledger.LedgerRefusedException;
import dev.penny.payments.ledger.LedgerVerification;
import dev.penny.payments.ledger.LedgerWriter;
import dev.penny.payments.ledger.Posting;
import dev.penny.payments.ledger.TransferKind;
import dev.penny.payments.machine.MachinePayments;
import dev.penny.payments.machine.PaymentProof;
import dev.penny.payments.machine.PaymentRequirement;
import dev.penny.payments.purchase.Funding;
import dev.penny.payments.purchase.MicroPurchaseService;
import dev.penny.payments.purchase.Payer;
import dev.penny.payments.purchase.Receipt;
import dev.penny.payments.purchase.Sale;
import dev.penny.payments.spending.SpendingKeySecrets;
import dev.penny.payments.spending.SpendingKeyService;
import dev.penny.payments.tab.TabLines;
import dev.penny.payments.tab.TabService;
import dev.penny.payments.tab.TabView;
import dev.penny.payments.wallet.WalletService;
import dev.penny.platform.catalog.ContentInput;
import dev.penny.platform.catalog.ContentService;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.InvalidInputException;
import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.TenantScope;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The micropayments ledger against the real database, with its group-committing writer: wallets are
 * never overdrawn under concurrency, a replayed key moves money once, a tab accrues sub-cent lines
 * from several stores exactly, a locked tab refuses while the wallet still pays, an item is not
 * sold twice, and an HTTP 402 payment by signature charges once per payment id.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerIT {

  private static final Currency USD = Currency.getInstance("USD");

  @Inject Stores stores;
  @Inject Concurrently concurrently;
  @Inject LedgerWriter writer;
  @Inject LedgerAccounts accounts;
  @Inject LedgerVerification verification;
  @Inject MicroPurchaseService purchases;
  @Inject WalletService wallets;
  @Inject TabService tabs;
  @Inject TabLines tabLines;
  @Inject ContentService content;
  @Inject SpendingKeyService keys;
  @Inject SpendingKeySecrets secrets;
  @Inject MachinePayments machine;

  @Resource(lookup = "java:app/jdbc/penny")
  DataSource dataSource;

  @Test
  void aThousandConcurrentDebitsNeverOverdrawAWallet() throws InterruptedException {
    ActiveTenant store = stores.open("USD");
    String shopper = "wallet-" + UUID.randomUUID();
    topUp(shopper, "10.00");
    // 100 clients at once (the container's pool has 200 threads), 10 debits each: 1,000 in all.
    List<Supplier<?>> work = new ArrayList<>();
    for (int client = 0; client < 100; client++) {
      int c = client;
      work.add(
          () -> {
            List<Object> outcomes = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
              String key = "debit-" + c + "-" + i;
              try {
                outcomes.add(buy(store, shopper, Funding.WALLET, "call", "0.25", key));
              } catch (LedgerRefusedException e) {
                outcomes.add(e);
              }
            }
            return outcomes;
          });
    }
    List<Object> results =
        concurrently.run(work).stream()
            .flatMap(r -> ((List<?>) r).stream())
            .map(Object.class::cast)
            .toList();

    assertThat(results.stream().filter(Receipt.class::isInstance)).hasSize(40);
    assertThat(results.stream().filter(LedgerRefusedException.class::isInstance))
        .hasSize(960)
        .allMatch(e -> ((LedgerRefusedException) e).errorCode() == ErrorCode.INSUFFICIENT_FUNDS);
    assertThat(wallets.balance(shopper, USD)).isEqualTo(Money.zero(USD));
    assertThat(verification.verify().differences()).isEmpty();
  }

  @Test
  void aKeyReplayedConcurrentlyMovesMoneyOnce() throws InterruptedException {
    ActiveTenant store = stores.open("USD");
    String shopper = "replay-" + UUID.randomUUID();
    topUp(shopper, "5.00");
    List<Supplier<?>> work = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      work.add(() -> buy(store, shopper, Funding.WALLET, "call", "0.10", "same-key"));
    }
    List<Object> results = concurrently.run(work);

    assertThat(results).allMatch(Receipt.class::isInstance);
    assertThat(results.stream().map(r -> ((Receipt) r).transactionId()).distinct()).hasSize(1);
    assertThat(results.stream().filter(r -> !((Receipt) r).replayed())).hasSize(1);
    assertThat(wallets.balance(shopper, USD)).isEqualTo(Money.parse("4.90", USD));

    LedgerRefusedException conflict =
        refusal(() -> buy(store, shopper, Funding.WALLET, "call", "0.20", "same-key"));
    assertThat(conflict.errorCode()).isEqualTo(ErrorCode.IDEMPOTENCY_CONFLICT);
    assertThat(wallets.balance(shopper, USD)).isEqualTo(Money.parse("4.90", USD));
  }

  @Test
  void aKeyNamesOneRequestWhateverItBoughtAndAStoresKeyOneChargeWhoeverItWasFor() {
    ActiveTenant store = stores.open("USD");
    String shopper = "meters-" + UUID.randomUUID();
    topUp(shopper, "5.00");
    Receipt search = buy(store, shopper, Funding.WALLET, "search", "0.10", "meter-key");

    LedgerRefusedException otherMeter =
        refusal(() -> buy(store, shopper, Funding.WALLET, "translate", "0.10", "meter-key"));
    assertThat(otherMeter.errorCode()).isEqualTo(ErrorCode.IDEMPOTENCY_CONFLICT);
    Receipt again = buy(store, shopper, Funding.WALLET, "search", "0.10", "meter-key");
    assertThat(again.replayed()).isTrue();
    assertThat(again.title()).isEqualTo("search");
    assertThat(again.at()).isEqualTo(search.at());

    // The store's own key: one charge of the store's, whichever shopper it is sent for.
    String other = "meters-other-" + UUID.randomUUID();
    topUp(other, "5.00");
    Receipt charged = chargeForStore(store, shopper, "store-key-1");
    assertThat(chargeForStore(store, shopper, "store-key-1").transactionId())
        .isEqualTo(charged.transactionId());
    assertThat(refusal(() -> chargeForStore(store, other, "store-key-1")).errorCode())
        .isEqualTo(ErrorCode.IDEMPOTENCY_CONFLICT);
    assertThat(wallets.balance(shopper, USD)).isEqualTo(Money.parse("4.80", USD));
    assertThat(wallets.balance(other, USD)).isEqualTo(Money.parse("5.00", USD));
  }

  private Receipt chargeForStore(ActiveTenant store, String shopper, String key) {
    return TenantScope.runAs(
        store.id(),
        () ->
            purchases.chargeForStore(
                store,
                Sale.metered("api-calls", Money.parse("0.10", USD)),
                new Payer(
                    shopper,
                    Funding.WALLET,
                    dev.penny.payments.purchase.Channel.API,
                    Optional.empty(),
                    Optional.empty()),
                key));
  }

  @Test
  void subCentLinesFromTwoStoresMakeTheTabExactlyDue() throws SQLException {
    ActiveTenant first = stores.open("USD");
    ActiveTenant second = stores.open("USD");
    String shopper = "tab-" + UUID.randomUUID();
    openTab(shopper);
    for (int i = 0; i < 2_500; i++) {
      ActiveTenant store = i % 2 == 0 ? first : second;
      int n = i;
      buy(store, shopper, Funding.TAB, "call", "0.002", "line-" + n);
    }
    TabView tab = tabs.view(shopper, USD).orElseThrow();

    assertThat(tab.owed()).isEqualTo(Money.parse("5.00", USD));
    assertThat(tab.progress()).isEqualTo("5.00 of 5.00");
    assertThat(tab.due()).contains(TabView.DueReason.THRESHOLD);
    assertThat(tab.lines()).extracting(l -> l.storeSlug()).contains(first.slug(), second.slug());
    assertThat(verification.verify().differences()).isEmpty();
  }

  @Test
  void aTabStopsAtItsLimitAndALockedTabRefusesWhileTheWalletPays() throws SQLException {
    ActiveTenant store = stores.open("USD");
    String shopper = "locked-" + UUID.randomUUID();
    openTab(shopper);
    topUp(shopper, "5.00");
    buy(store, shopper, Funding.TAB, "big", "14.00", "big");
    assertThat(refusal(() -> buy(store, shopper, Funding.TAB, "over", "1.01", "over")).errorCode())
        .isEqualTo(ErrorCode.TAB_LIMIT_REACHED);

    execute("UPDATE ledger_account SET locked = TRUE WHERE kind = 'TAB' AND owner = ?", shopper);
    assertThat(
            refusal(() -> buy(store, shopper, Funding.TAB, "call", "0.10", "locked")).errorCode())
        .isEqualTo(ErrorCode.TAB_LOCKED);
    Receipt byWallet = buy(store, shopper, Funding.WALLET, "call", "0.10", "wallet");
    assertThat(byWallet.funding()).isEqualTo(Funding.WALLET);
    assertThat(wallets.balance(shopper, USD)).isEqualTo(Money.parse("4.90", USD));
  }

  @Test
  void anUnlockChargesThePriceThePageShowedOrNothing() throws SQLException {
    ActiveTenant store = stores.open("USD");
    String shopper = "shown-" + UUID.randomUUID();
    openTab(shopper);
    long article = article(store, "0.0005");
    // The merchant raises the price after the shopper's page showed 0.0005.
    TenantScope.runAs(
        store.id(),
        () ->
            content.update(
                store,
                article,
                new ContentInput(
                    "An article", "raised-" + article, "The teaser", "The body", "2.00", "")));
    Payer payer = Payer.onPage(shopper, Funding.TAB);
    Optional<Money> shown = Optional.of(Money.parse("0.0005", USD));

    assertThatThrownBy(
            () ->
                TenantScope.runAs(
                    store.id(), () -> purchases.unlock(store, article, payer, "k1", shown)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.PRICE_CHANGED);
              assertThat(e.problems())
                  .containsExactly(
                      "The price is now 2.00 (the page said 0.0005): nothing was" + " charged.");
            });
    assertThat(tabs.view(shopper, USD).orElseThrow().owed()).isEqualTo(Money.zero(USD));
    assertThat(TenantScope.runAs(store.id(), () -> machine.holds(shopper, article))).isFalse();

    // The page shown again says 2.00: that click charges 2.00.
    Receipt bought =
        TenantScope.runAs(
            store.id(),
            () ->
                purchases.unlock(
                    store, article, payer, "k2", Optional.of(Money.parse("2.00", USD))));
    assertThat(bought.amount()).isEqualTo(Money.parse("2.00", USD));
    assertThat(tabs.view(shopper, USD).orElseThrow().owed()).isEqualTo(Money.parse("2.00", USD));
  }

  @Test
  void anUnlockedItemIsNotSoldTwiceAndAVoidEndsIt() throws SQLException {
    ActiveTenant store = stores.open("USD");
    String shopper = "unlock-" + UUID.randomUUID();
    openTab(shopper);
    long article = article(store, "0.25");
    Receipt first =
        TenantScope.runAs(
            store.id(),
            () -> purchases.unlock(store, article, Payer.onPage(shopper, Funding.TAB), "u1"));
    LedgerRefusedException again =
        refusal(
            () ->
                TenantScope.runAs(
                    store.id(),
                    () ->
                        purchases.unlock(
                            store, article, Payer.onPage(shopper, Funding.TAB), "u2")));
    assertThat(again.errorCode()).isEqualTo(ErrorCode.ALREADY_OWNED);
    assertThat(TenantScope.runAs(store.id(), () -> machine.holds(shopper, article))).isTrue();

    TenantScope.runAs(store.id(), () -> purchases.voidOnTab(store, first.transactionId()));

    assertThat(TenantScope.runAs(store.id(), () -> machine.holds(shopper, article))).isFalse();
    assertThat(tabs.view(shopper, USD).orElseThrow().owed()).isEqualTo(Money.zero(USD));
    assertThat(verification.verify().differences()).isEmpty();
  }

  @Test
  void keysCreatedAtOnceNeverPassTheLimitOfTwentyActive() throws InterruptedException {
    String shopper = "many-keys-" + UUID.randomUUID();
    List<Supplier<?>> work = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String label = "agent " + i;
      work.add(
          () ->
              keys.create(
                  shopper, label, Money.parse("1.00", USD), Funding.WALLET, OptionalLong.empty()));
    }
    List<Object> results = concurrently.run(work);

    assertThat(results.stream().filter(SpendingKeyService.Created.class::isInstance)).hasSize(20);
    assertThat(results.stream().filter(r -> !(r instanceof SpendingKeyService.Created)))
        .hasSize(20)
        .allSatisfy(
            r ->
                assertThat(r)
                    .isInstanceOfSatisfying(
                        dev.penny.platform.problem.InvalidInputException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_INPUT)));
    assertThat(keys.list(shopper)).hasSize(20);
  }

  @Test
  void aKeyRevokedElsewhereSpendsNothingWhileThisServerStillHoldsItInItsCache()
      throws SQLException {
    ActiveTenant store = stores.open("USD");
    String shopper = "revoked-" + UUID.randomUUID();
    topUp(shopper, "5.00");
    SpendingKeyService.Created key =
        keys.create(
            shopper, "agent", Money.parse("1.00", USD), Funding.WALLET, OptionalLong.empty());
    dev.penny.payments.spending.SpendingKey held = keys.authenticate(key.secret());
    // Another server revokes it, and its cluster-wide event does not reach this one.
    execute(
        "UPDATE spending_key SET revoked_at = NOW(6) WHERE public_id = ?", key.key().publicId());
    assertThat(keys.authenticate(key.secret()).isRevoked()).as("this server's cache").isFalse();

    LedgerRefusedException refused =
        refusal(
            () ->
                TenantScope.runAs(
                    store.id(),
                    () ->
                        purchases.buy(
                            store,
                            Sale.metered("call", Money.parse("0.01", USD)),
                            new dev.penny.payments.purchase.Payer(
                                shopper,
                                Funding.WALLET,
                                dev.penny.payments.purchase.Channel.API,
                                Optional.of(keys.spendIn(held, store)),
                                Optional.empty()),
                            "revoked-call")));

    assertThat(refused.errorCode()).isEqualTo(ErrorCode.SPENDING_KEY_REVOKED);
    assertThat(wallets.balance(shopper, USD)).isEqualTo(Money.parse("5.00", USD));
    assertThat(verification.verify().differences()).isEmpty();
  }

  @Test
  void aSignedHttp402PaymentChargesOncePerPaymentId() throws SQLException {
    ActiveTenant store = stores.open("USD");
    String shopper = "machine-" + UUID.randomUUID();
    topUp(shopper, "5.00");
    long article = article(store, "0.05");
    SpendingKeyService.Created key =
        keys.create(
            shopper, "agent", Money.parse("1.00", USD), Funding.WALLET, OptionalLong.empty());
    String resource = "http://localhost/api/v1/stores/" + store.slug() + "/content/" + article;
    PaymentRequirement requirement =
        TenantScope.runAs(
            store.id(), () -> machine.requirement(store, machine.saleOf(article), resource));
    String paymentId = "pay-" + UUID.randomUUID();
    String signature =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                secrets.signWithSecret(key.secret(), requirement.signingInput(paymentId)));
    PaymentProof proof =
        new PaymentProof(
            key.key().publicId(),
            requirement.nonce(),
            paymentId,
            signature,
            requirement.network(),
            requirement.asset(),
            requirement.amount(),
            requirement.payTo());

    MachinePayments.Access paid =
        TenantScope.runAs(
            store.id(), () -> machine.pay(store, machine.saleOf(article), resource, proof));
    MachinePayments.Access replayed =
        TenantScope.runAs(
            store.id(), () -> machine.pay(store, machine.saleOf(article), resource, proof));

    assertThat(paid.receipt()).isPresent();
    assertThat(replayed.receipt().orElseThrow().transactionId())
        .isEqualTo(paid.receipt().orElseThrow().transactionId());
    assertThat(wallets.balance(shopper, USD)).isEqualTo(Money.parse("4.95", USD));

    PaymentProof forged =
        new PaymentProof(
            key.key().publicId(),
            requirement.nonce(),
            "pay-" + UUID.randomUUID(),
            signature,
            requirement.network(),
            requirement.asset(),
            requirement.amount(),
            requirement.payTo());
    assertThat(
            refusal(
                    () ->
                        TenantScope.runAs(
                            store.id(),
                            () -> machine.pay(store, machine.saleOf(article), resource, forged)))
                .errorCode())
        .isEqualTo(ErrorCode.PAYMENT_SIGNATURE_INVALID);
    assertThat(wallets.balance(shopper, USD)).isEqualTo(Money.parse("4.95", USD));

    // The wallet spent to nothing: a new payment for the item held still reads it, charging
    // nothing, and is answered with the unlock that holds it.
    buy(store, shopper, Funding.WALLET, "call", "4.95", "spend-all");
    PaymentRequirement again =
        TenantScope.runAs(
            store.id(), () -> machine.requirement(store, machine.saleOf(article), resource));
    String againId = "pay-" + UUID.randomUUID();
    PaymentProof whileEmpty =
        new PaymentProof(
            key.key().publicId(),
            again.nonce(),
            againId,
            Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(secrets.signWithSecret(key.secret(), again.signingInput(againId))),
            again.network(),
            again.asset(),
            again.amount(),
            again.payTo());
    Receipt held =
        TenantScope.runAs(
                store.id(), () -> machine.pay(store, machine.saleOf(article), resource, whileEmpty))
            .receipt()
            .orElseThrow();
    assertThat(held.transactionId()).isEqualTo(paid.receipt().orElseThrow().transactionId());
    assertThat(held.amount()).isEqualTo(Money.zero(USD));
    assertThat(wallets.balance(shopper, USD)).isEqualTo(Money.zero(USD));
    assertThat(verification.verify().differences()).isEmpty();
  }

  private long article(ActiveTenant store, String price) {
    return TenantScope.runAs(
        store.id(),
        () ->
            content.create(
                store,
                new ContentInput(
                    "An article",
                    "article-" + UUID.randomUUID().toString().substring(0, 8),
                    "The teaser",
                    "The paid body",
                    price,
                    "")));
  }

  /** A metered purchase in the store's scope, paid as {@code funding} says. */
  private Receipt buy(
      ActiveTenant store,
      String shopper,
      Funding funding,
      String meter,
      String amount,
      String key) {
    return TenantScope.runAs(
        store.id(),
        () ->
            purchases.buy(
                store,
                Sale.metered(meter, Money.parse(amount, USD)),
                Payer.onPage(shopper, funding),
                key));
  }

  private void topUp(String shopper, String amount) {
    long clearing = accounts.open(AccountRef.cardClearing(USD), OptionalLong.empty());
    writer.post(
        Posting.transfer(
            "test-topup:" + shopper + ":" + amount,
            "test",
            TransferKind.TOP_UP,
            clearing,
            wallets.accountOf(shopper, USD),
            Money.parse(amount, USD),
            "Top-up"));
  }

  /** A tab as TabService.open makes it, without the checkout zone's saved card. */
  private void openTab(String shopper) throws SQLException {
    long account = accounts.open(AccountRef.tab(shopper, USD), OptionalLong.of(-15_000_000L));
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO tab (account_id, shopper, currency, card_token, card_label,"
                    + " consent_version, consent_wording, consented_at)"
                    + " VALUES (?, ?, 'USD', 'card_test', 'Visa •••• 4242', 'test', 'test', ?)")) {
      s.setLong(1, account);
      s.setString(2, shopper);
      s.setTimestamp(3, Timestamp.from(Instant.now()));
      s.executeUpdate();
    }
  }

  private void execute(String sql, String value) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, value);
      s.executeUpdate();
    }
  }

  private static LedgerRefusedException refusal(Runnable work) {
    try {
      work.run();
    } catch (LedgerRefusedException e) {
      return e;
    }
    throw new AssertionError("The ledger accepted what it should refuse");
  }

  private static LedgerRefusedException refusal(Supplier<?> work) {
    return refusal((Runnable) work::get);
  }
}
