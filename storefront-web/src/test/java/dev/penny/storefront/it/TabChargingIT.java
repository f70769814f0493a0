package dev.penny.storefront.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.money.Money;
import dev.penny.payments.charging.ChargeStatus;
import dev.penny.payments.charging.ClaimedCharge;
import dev.penny.payments.charging.TabCharger;
import dev.penny.payments.charging.TabCharges;
import dev.penny.payments.charging.TabReceipts;
import dev.penny.payments.ledger.AccountRef;
import dev.penny.payments.ledger.LedgerAccounts;
import dev.penny.payments.ledger.LedgerRefusedException;
import dev.penny.payments.ledger.LedgerVerification;
import dev.penny.payments.ledger.LedgerWriter;
import dev.penny.payments.ledger.Posting;
import dev.penny.payments.ledger.TransferKind;
import dev.penny.payments.purchase.Funding;
import dev.penny.payments.purchase.MicroPurchaseService;
import dev.penny.payments.purchase.Payer;
import dev.penny.payments.purchase.Receipt;
import dev.penny.payments.purchase.Sale;
import dev.penny.payments.reconciliation.AcquirerFile;
import dev.penny.payments.reconciliation.Reconciler;
import dev.penny.payments.reconciliation.Reconciliation;
import dev.penny.payments.refund.Refund;
import dev.penny.payments.refund.RefundDestination;
import dev.penny.payments.refund.RefundService;
import dev.penny.payments.settlement.Settlement;
import dev.penny.payments.settlement.SettlementBuilder;
import dev.penny.payments.settlement.SettlementRun;
import dev.penny.payments.settlement.SettlementRuns;
import dev.penny.payments.settlement.Settlements;
import dev.penny.payments.settlement.job.SettlementJobs;
import dev.penny.payments.tab.TabService;
import dev.penny.payments.tab.TabView;
import dev.penny.payments.wallet.WalletService;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.TenantScope;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
 * Tabs become card charges against the real database, with a scripted acquirer that keeps its own
 * records: a due tab is charged once (also when many servers try at once), rounded down to cents
 * with the rest left on the tab, its fee split exactly; an unanswered charge is asked about, never
 * repeated; a declined one is retried, then locks the tab in every store until it is paid now; and
 * a settled day pays each store exactly, once, through the batch job.
 */
@ExtendWith(ArquillianExtension.class)
class TabChargingIT {

  private static final Currency USD = Currency.getInstance("USD");

  @Inject Stores stores;
  @Inject Concurrently concurrently;
  @Inject LedgerAccounts accounts;
  @Inject LedgerWriter writer;
  @Inject LedgerVerification verification;
  @Inject MicroPurchaseService purchases;
  @Inject WalletService wallets;
  @Inject TabService tabs;
  @Inject dev.penny.payments.purchase.PayWithChoices choices;
  @Inject TabCharger charger;
  @Inject TabCharges charges;
  @Inject TabReceipts receipts;
  @Inject SettlementBuilder builder;
  @Inject Settlements settlements;
  @Inject SettlementJobs jobs;
  @Inject SettlementRuns runs;
  @Inject ScriptedCardCharges acquirer;
  @Inject RefundService refunds;
  @Inject dev.penny.payments.purchase.Purchases purchaseRecords;
  @Inject Reconciler reconciler;
  @Inject ScriptedAcquirerFile file;

  @Resource(lookup = "java:app/jdbc/penny")
  DataSource dataSource;

  @Test
  void aDueTabIsChargedOnceInWholeCentsAndTheRestStaysOnIt() throws SQLException {
    ActiveTenant first = stores.open("USD");
    ActiveTenant second = stores.open("USD");
    String shopper = "charge-" + UUID.randomUUID();
    long tab = openTab(shopper, "card_ok");
    buy(first, shopper, Funding.TAB, "2.50", "a");
    buy(second, shopper, Funding.TAB, "2.503", "b");

    List<ClaimedCharge> made = charger.chargeIfDue(tab);

    assertThat(made)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.status()).isEqualTo(ChargeStatus.SUCCEEDED);
              assertThat(c.amount()).isEqualTo(Money.parse("5.00", USD));
            });
    TabView view = tabs.view(shopper, USD).orElseThrow();
    assertThat(view.owed()).isEqualTo(Money.parse("0.003", USD));
    assertThat(view.lines())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.storeSlug()).isEqualTo(second.slug());
              assertThat(l.amount()).isEqualTo(Money.parse("0.003", USD));
            });
    assertThat(acquirer.capturedFrom(shopper, USD)).isEqualTo(Money.parse("5.00", USD));
    // The fee (2.9 % of 5.00 + 0.30 = 0.445) is split 2.50 : 2.50, exactly.
    assertThat(shares(made.get(0).id())).containsExactly(222_500L, 222_500L);
    TabReceipts.Receipt receipt = receipts.ofCharge(shopper, made.get(0).publicId()).orElseThrow();
    assertThat(receipt.body())
        .contains("Amount: 5.00 USD", "Visa •••• 4242", first.name(), second.name())
        .contains("2.50 (part of 2.503)", "tab agreement (version test)");

    assertThat(charger.chargeIfDue(tab)).isEmpty();
    assertThat(acquirer.capturedCount(shopper)).isEqualTo(1);
    assertThat(verification.verify().differences()).isEmpty();
  }

  @Test
  void aTabIsChargedByAgeOnlyOnceItReachesTheAcquirersMinimum() throws SQLException {
    ActiveTenant store = stores.open("USD");
    String shopper = "age-" + UUID.randomUUID();
    long tab = openTab(shopper, "card_ok");
    buy(store, shopper, Funding.TAB, "0.30", "a");
    age(shopper, 73);

    TabView waiting = tabs.view(shopper, USD).orElseThrow();
    assertThat(waiting.due()).contains(TabView.DueReason.AGE);
    assertThat(waiting.waiting()).as("below 0.50 a due tab waits").isTrue();
    assertThat(charger.chargeIfDue(tab)).isEmpty();

    buy(store, shopper, Funding.TAB, "0.2549", "b");
    List<ClaimedCharge> made = charger.chargeIfDue(tab);

    assertThat(made)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.amount()).isEqualTo(Money.parse("0.55", USD));
              assertThat(c.reason()).isEqualTo(dev.penny.payments.charging.ChargeReason.AGE);
            });
    assertThat(tabs.view(shopper, USD).orElseThrow().owed()).isEqualTo(Money.parse("0.0049", USD));
    assertThat(verification.verify().differences()).isEmpty();
  }

  @Test
  void aClosedTabTakesNothingInAnyStoreIsStillChargedAndOpensAgainWithConsent()
      throws SQLException {
    ActiveTenant first = stores.open("USD");
    ActiveTenant second = stores.open("USD");
    String shopper = "close-" + UUID.randomUUID();
    long tab = openTab(shopper, "card_ok");
    choices.choose(shopper, Funding.TAB);
    buy(first, shopper, Funding.TAB, "0.705", "a");

    assertThat(tabs.close(shopper, USD)).isTrue();
    assertThat(tabs.close(shopper, USD)).as("closed already").isFalse();

    TabView closed = tabs.view(shopper, USD).orElseThrow();
    assertThat(closed.closed()).isTrue();
    assertThat(closed.owed()).isEqualTo(Money.parse("0.705", USD));
    assertThat(choices.choice(shopper)).contains(Funding.WALLET);
    for (ActiveTenant store : List.of(first, second)) {
      assertThat(refusal(() -> buy(store, shopper, Funding.TAB, "0.10", "b")).errorCode())
          .isEqualTo(ErrorCode.TAB_CLOSED);
    }
    // What it owes is still charged: now, by the shopper, or by the tab's rules.
    assertThat(charger.payNow(tab, Optional.empty()))
        .singleElement()
        .satisfies(c -> assertThat(c.amount()).isEqualTo(Money.parse("0.70", USD)));
    TabView paid = tabs.view(shopper, USD).orElseThrow();
    assertThat(paid.closed()).as("paying does not open it").isTrue();
    assertThat(paid.owed()).isEqualTo(Money.parse("0.005", USD));

    tabs.open(shopper, USD, "card_declined", true, Optional.empty());
    TabView open = tabs.view(shopper, USD).orElseThrow();
    assertThat(open.closed()).isFalse();
    assertThat(open.consentVersion()).isEqualTo(dev.penny.payments.tab.TabConsent.CURRENT_VERSION);
    assertThat(open.cardLabel()).endsWith("0002");
    assertThat(buy(second, shopper, Funding.TAB, "0.10", "c").funding()).isEqualTo(Funding.TAB);
    assertThat(tabs.view(shopper, USD).orElseThrow().owed()).isEqualTo(Money.parse("0.105", USD));
    assertThat(verification.verify().differences()).isEmpty();
  }

  @Test
  void aTabIsDueByItsOldestLineEvenWhenThatLineDoesNotHaveTheLowestId() throws SQLException {
    ActiveTenant store = stores.open("USD");
    String shopper = "order-" + UUID.randomUUID();
    long tab = openTab(shopper, "card_ok");
    buy(store, shopper, Funding.TAB, "0.40", "new");
    buy(store, shopper, Funding.TAB, "0.40", "old");
    // The line with the higher id is the older one (written by another server, or imported).
    execute(
        "UPDATE micro_purchase SET created_at = created_at - INTERVAL 73 HOUR"
            + " WHERE shopper = ? ORDER BY id DESC LIMIT 1",
        shopper);

    assertThat(tabs.view(shopper, USD).orElseThrow().due()).contains(TabView.DueReason.AGE);
    assertThat(charger.chargeIfDue(tab))
        .singleElement()
        .satisfies(
            c -> assertThat(c.reason()).isEqualTo(dev.penny.payments.charging.ChargeReason.AGE));
  }

  @Test
  void aLockedTabOwingLessThanACardCanBeChargedOpensWhenPaidNowAndOnlyThen() throws SQLException {
    ActiveTenant store = stores.open("USD");
    String shopper = "locked-small-" + UUID.randomUUID();
    long tab = openTab(shopper, "card_ok");
    buy(store, shopper, Funding.TAB, "0.30", "a");
    lock(tab);

    assertThat(charger.payNow(tab, Optional.empty())).as("0.30 cannot go on a card").isEmpty();
    assertThat(charges.openIfUnchargeable(tab)).isTrue();
    assertThat(tabs.view(shopper, USD).orElseThrow().locked()).isFalse();
    buy(store, shopper, Funding.TAB, "0.40", "b");
    assertThat(tabs.view(shopper, USD).orElseThrow().owed()).isEqualTo(Money.parse("0.70", USD));

    lock(tab);
    assertThat(charges.openIfUnchargeable(tab)).as("0.70 can be charged: pay it").isFalse();
    assertThat(tabs.view(shopper, USD).orElseThrow().locked()).isTrue();
    assertThat(charger.payNow(tab, Optional.empty()))
        .singleElement()
        .satisfies(c -> assertThat(c.status()).isEqualTo(ChargeStatus.SUCCEEDED));
    assertThat(tabs.view(shopper, USD).orElseThrow().locked()).isFalse();
    assertThat(acquirer.capturedCount(shopper)).isEqualTo(1);
  }

  private void lock(long tab) throws SQLException {
    execute("UPDATE ledger_account SET locked = TRUE WHERE id = ?", tab);
    execute("UPDATE tab SET locked_at = NOW(6) WHERE account_id = ?", tab);
  }

  @Test
  void aTabUnderItsThresholdAndYoungerThanItsAgeIsNotCharged() throws SQLException {
    ActiveTenant store = stores.open("USD");
    String shopper = "young-" + UUID.randomUUID();
    long tab = openTab(shopper, "card_ok");
    buy(store, shopper, Funding.TAB, "4.99", "a");
    age(shopper, 71);

    assertThat(charger.chargeIfDue(tab)).isEmpty();
    assertThat(tabs.view(shopper, USD).orElseThrow().due()).isEmpty();
    assertThat(acquirer.capturedCount(shopper)).isZero();
  }

  @Test
  void manyServersChargingOneTabAtOnceChargeItOnce() throws InterruptedException, SQLException {
    ActiveTenant store = stores.open("USD");
    String shopper = "race-" + UUID.randomUUID();
    long tab = openTab(shopper, "card_ok");
    buy(store, shopper, Funding.TAB, "7.25", "a");
    List<Supplier<?>> work = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      work.add(() -> charger.chargeIfDue(tab));
    }

    concurrently.run(work);

    assertThat(acquirer.capturedCount(shopper)).isEqualTo(1);
    assertThat(acquirer.capturedFrom(shopper, USD)).isEqualTo(Money.parse("7.25", USD));
    assertThat(tabs.view(shopper, USD).orElseThrow().owed()).isEqualTo(Money.zero(USD));
    assertThat(verification.verify().differences()).isEmpty();
  }

  @Test
  void anUnansweredChargeIsAskedAboutAndNeverChargedTwice() throws SQLException {
    ActiveTenant store = stores.open("USD");
    String shopper = "timeout-" + UUID.randomUUID();
    long tab = openTab(shopper, "card_timeout");
    buy(store, shopper, Funding.TAB, "6.00", "a");

    ClaimedCharge charge = charger.chargeIfDue(tab).get(0);
    assertThat(charge.status()).isEqualTo(ChargeStatus.UNKNOWN);
    // Not due again while one is under way, and not failed: its lines stay claimed.
    assertThat(charger.chargeIfDue(tab)).isEmpty();
    assertThat(tabs.view(shopper, USD).orElseThrow().lines()).isEmpty();

    makeDueNow(charge.id());
    charger.work(100);

    assertThat(charges.find(charge.id()).orElseThrow().status()).isEqualTo(ChargeStatus.SUCCEEDED);
    assertThat(acquirer.capturedCount(shopper)).isEqualTo(1);
    assertThat(tabs.view(shopper, USD).orElseThrow().owed()).isEqualTo(Money.zero(USD));
    assertThat(verification.verify().differences()).isEmpty();
  }

  @Test
  void aLineACardChargeHoldsIsNotVoidedUntilThatChargeHasFailedForGood() throws SQLException {
    ActiveTenant store = stores.open("USD");
    String asked = "void-unknown-" + UUID.randomUUID();
    long askedTab = openTab(asked, "card_timeout");
    Receipt held = buy(store, asked, Funding.TAB, "6.00", "a");
    ClaimedCharge unknown = charger.chargeIfDue(askedTab).get(0);
    assertThat(unknown.status()).isEqualTo(ChargeStatus.UNKNOWN);

    assertThat(refusal(() -> voidOnTab(store, held)).errorCode())
        .isEqualTo(ErrorCode.PURCHASE_NOT_VOIDABLE);
    makeDueNow(unknown.id());
    charger.work(100);
    assertThat(charges.find(unknown.id()).orElseThrow().status()).isEqualTo(ChargeStatus.SUCCEEDED);
    assertThat(acquirer.capturedFrom(asked, USD)).isEqualTo(Money.parse("6.00", USD));
    assertThat(tabs.view(asked, USD).orElseThrow().owed()).isEqualTo(Money.zero(USD));

    // A line a charge collected all but its sub-cent rest of is the card's too.
    String partly = "void-partly-" + UUID.randomUUID();
    long partlyTab = openTab(partly, "card_ok");
    buy(store, partly, Funding.TAB, "2.50", "a");
    Receipt rest = buy(store, partly, Funding.TAB, "2.503", "b");
    List<ClaimedCharge> firstCharge = charger.chargeIfDue(partlyTab);
    assertThat(firstCharge).singleElement().isNotNull();
    assertThat(refusal(() -> voidOnTab(store, rest)).errorCode())
        .isEqualTo(ErrorCode.PURCHASE_NOT_VOIDABLE);
    // Nor refundable yet, and the refusal says why and when it will be.
    try {
      refund(store, rest, "1.00", RefundDestination.WALLET, "partly-" + UUID.randomUUID());
      throw new AssertionError("The refund of a partly collected line was accepted");
    } catch (LedgerRefusedException e) {
      assertThat(e.errorCode()).isEqualTo(ErrorCode.PURCHASE_ON_OPEN_TAB);
      assertThat(e.getMessage()).contains("rest under a cent", "next");
    }
    assertThat(tabs.view(partly, USD).orElseThrow().owed()).isEqualTo(Money.parse("0.003", USD));
    String firstPayment = firstCharge.get(0).paymentId().orElseThrow();
    // The next charge (0.60 paid now) collects the rest: then it is refundable, to the card only
    // against the charge that collected 2.50 of it, and only as much as that charge took.
    buy(store, partly, Funding.TAB, "0.60", "c");
    assertThat(charger.payNow(partlyTab, Optional.empty()))
        .singleElement()
        .satisfies(c -> assertThat(c.status()).isEqualTo(ChargeStatus.SUCCEEDED));
    Refund back =
        refund(store, rest, "2.50", RefundDestination.CARD, "partly-" + UUID.randomUUID());
    assertThat(back.status()).isEqualTo("DONE");
    assertThat(acquirer.refundedPayment("refund-" + back.id())).isEqualTo(firstPayment);
    // And the reconciliation reads it against that payment (it named the purchase's last charge,
    // and listed the refund as a difference both ways).
    assertThat(reconciler.reconcile(LocalDate.now(ZoneOffset.UTC)).differences())
        .noneMatch(d -> d.toString().contains(back.id()));
    assertThat(refundCode(store, rest, "0.01", RefundDestination.CARD, "partly-more"))
        .isEqualTo(ErrorCode.REFUND_EXCEEDS_REMAINING);
    assertThat(refund(store, rest, "0.003", RefundDestination.WALLET, "partly-rest").status())
        .isEqualTo("DONE");

    // A charge that failed for good gives its lines back: then the store may void them.
    String declined = "void-declined-" + UUID.randomUUID();
    long declinedTab = openTab(declined, "card_declined");
    Receipt released = buy(store, declined, Funding.TAB, "5.00", "a");
    ClaimedCharge failing = charger.chargeIfDue(declinedTab).get(0);
    assertThat(refusal(() -> voidOnTab(store, released)).errorCode())
        .isEqualTo(ErrorCode.PURCHASE_NOT_VOIDABLE);
    for (int retry = 1; retry <= 3; retry++) {
      makeDueNow(failing.id());
      charger.work(100);
    }
    assertThat(charges.find(failing.id()).orElseThrow().status()).isEqualTo(ChargeStatus.FAILED);
    voidOnTab(store, released);
    assertThat(tabs.view(declined, USD).orElseThrow().owed()).isEqualTo(Money.zero(USD));
    assertThat(verification.verify().differences()).isEmpty();
  }

  private Receipt voidOnTab(ActiveTenant store, Receipt purchase) {
    return TenantScope.runAs(
        store.id(), () -> purchases.voidOnTab(store, purchase.transactionId()));
  }

  @Test
  void aServerThatStoppedAfterClaimingLeavesAChargeTheJanitorMakesOnce() throws SQLException {
    ActiveTenant store = stores.open("USD");
    String shopper = "crash-" + UUID.randomUUID();
    long tab = openTab(shopper, "card_ok");
    buy(store, shopper, Funding.TAB, "5.10", "a");
    // Claimed (recorded, lines taken), then the server "stopped" before asking the card.
    ClaimedCharge claimed = charges.claim(tab, false, Optional.empty()).get(0);
    assertThat(claimed.status()).isEqualTo(ChargeStatus.PENDING);

    makeDueNow(claimed.id());
    charger.work(100);
    makeDueNow(claimed.id());
    charger.work(100);

    assertThat(charges.find(claimed.id()).orElseThrow().status()).isEqualTo(ChargeStatus.SUCCEEDED);
    assertThat(acquirer.capturedCount(shopper)).isEqualTo(1);
    assertThat(acquirer.capturedFrom(shopper, USD)).isEqualTo(Money.parse("5.10", USD));
  }

  @Test
  void aDeclinedChargeIsRetriedThenLocksTheTabEverywhereUntilPaidNow() throws SQLException {
    ActiveTenant first = stores.open("USD");
    ActiveTenant second = stores.open("USD");
    String shopper = "declined-" + UUID.randomUUID();
    long tab = openTab(shopper, "card_declined");
    topUp(shopper, "1.00");
    buy(first, shopper, Funding.TAB, "5.00", "a");

    ClaimedCharge charge = charger.chargeIfDue(tab).get(0);
    assertThat(charge.status()).isEqualTo(ChargeStatus.DECLINED);
    for (int retry = 1; retry <= 3; retry++) {
      makeDueNow(charge.id());
      charger.work(100);
    }

    assertThat(charges.find(charge.id()).orElseThrow().status()).isEqualTo(ChargeStatus.FAILED);
    assertThat(charges.find(charge.id()).orElseThrow().attempts()).isEqualTo(4);
    TabView locked = tabs.view(shopper, USD).orElseThrow();
    assertThat(locked.locked()).isTrue();
    assertThat(locked.owed()).isEqualTo(Money.parse("5.00", USD));
    assertThat(locked.lines()).hasSize(1);
    LedgerRefusedException refused =
        refusal(() -> buy(second, shopper, Funding.TAB, "0.10", "locked"));
    assertThat(refused.errorCode()).isEqualTo(ErrorCode.TAB_LOCKED);
    assertThat(buy(second, shopper, Funding.WALLET, "0.10", "wallet").funding())
        .isEqualTo(Funding.WALLET);
    assertThat(acquirer.capturedCount(shopper)).isZero();

    List<ClaimedCharge> paid =
        charger.payNow(tab, Optional.of(new TabCharges.Card("card_ok", "Visa •••• 4242")));

    assertThat(paid)
        .singleElement()
        .extracting(ClaimedCharge::status)
        .isEqualTo(ChargeStatus.SUCCEEDED);
    TabView open = tabs.view(shopper, USD).orElseThrow();
    assertThat(open.locked()).isFalse();
    assertThat(open.owed()).isEqualTo(Money.zero(USD));
    assertThat(buy(second, shopper, Funding.TAB, "0.10", "open-again").funding())
        .isEqualTo(Funding.TAB);
    assertThat(verification.verify().differences()).isEmpty();
  }

  /** A shopper whose card declined pays now with another before the retry: paid once, at once. */
  @Test
  void payingNowWhileADeclinedChargeWaitsForItsRetryReplacesIt() throws SQLException {
    ActiveTenant store = stores.open("USD");
    String shopper = "declined-now-" + UUID.randomUUID();
    long tab = openTab(shopper, "card_declined");
    buy(store, shopper, Funding.TAB, "5.20", "a");
    ClaimedCharge declined = charger.chargeIfDue(tab).get(0);
    assertThat(declined.status()).isEqualTo(ChargeStatus.DECLINED);

    List<ClaimedCharge> paid =
        charger.payNow(tab, Optional.of(new TabCharges.Card("card_ok", "Visa •••• 4242")));

    assertThat(paid)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.status()).isEqualTo(ChargeStatus.SUCCEEDED);
              assertThat(p.amount()).isEqualTo(Money.parse("5.20", USD));
            });
    ClaimedCharge superseded = charges.find(declined.id()).orElseThrow();
    assertThat(superseded.status()).isEqualTo(ChargeStatus.FAILED);
    // Its retry never comes: nothing is due, and the tab owes nothing.
    makeDueNow(declined.id());
    charger.work(100);
    assertThat(charges.find(declined.id()).orElseThrow().status()).isEqualTo(ChargeStatus.FAILED);
    assertThat(acquirer.capturedCount(shopper)).isEqualTo(1);
    TabView after = tabs.view(shopper, USD).orElseThrow();
    assertThat(after.owed()).isEqualTo(Money.zero(USD));
    assertThat(after.locked()).isFalse();
    assertThat(verification.verify().differences()).isEmpty();
  }

  private static final String STORE_ORIGIN = "http://shop.localhost:8080";

  @Test
  void aLockedTabPaidWithANewCardOnTheCardPageOpensOnceTheZoneSaysItWasPaid() throws SQLException {
    ActiveTenant store = stores.open("USD");
    String shopper = "new-card-" + UUID.randomUUID();
    long tab = openTab(shopper, "card_declined");
    buy(store, shopper, Funding.TAB, "5.004", "a");
    lock(tab);

    ClaimedCharge page = charger.payNowWithNewCard(tab, STORE_ORIGIN).get(0);

    assertThat(page.status()).isEqualTo(ChargeStatus.AWAITING_CARD);
    assertThat(page.amount()).isEqualTo(Money.parse("5.00", USD));
    assertThat(page.paymentId()).isPresent();
    assertThat(charger.cardPage(tab)).get().asString().contains(page.paymentId().get());
    // Nothing else charges the tab while its card page is open, and nothing is paid yet.
    assertThat(charger.chargeIfDue(tab)).isEmpty();
    assertThat(charger.payNow(tab, Optional.empty())).isEmpty();
    assertThat(charger.confirmCardPages(tab))
        .singleElement()
        .extracting(ClaimedCharge::status)
        .isEqualTo(ChargeStatus.AWAITING_CARD);
    acquirer.payCardPage(page.paymentId().get(), false);
    assertThat(charger.confirmCardPages(tab))
        .as("a declined card leaves the page waiting for another")
        .singleElement()
        .extracting(ClaimedCharge::status)
        .isEqualTo(ChargeStatus.AWAITING_CARD);
    assertThat(tabs.view(shopper, USD).orElseThrow().locked()).isTrue();

    acquirer.payCardPage(page.paymentId().get(), true);
    assertThat(charger.confirmCardPages(tab))
        .singleElement()
        .extracting(ClaimedCharge::status)
        .isEqualTo(ChargeStatus.SUCCEEDED);

    TabView open = tabs.view(shopper, USD).orElseThrow();
    assertThat(open.locked()).isFalse();
    assertThat(open.owed()).isEqualTo(Money.parse("0.004", USD));
    assertThat(charger.confirmCardPages(tab)).isEmpty();
    assertThat(charger.cardPage(tab)).isEmpty();
    assertThat(acquirer.capturedFrom(shopper, USD)).isEqualTo(Money.parse("5.00", USD));
    assertThat(receipts.ofCharge(shopper, page.publicId()).orElseThrow().body())
        .contains("Amount: 5.00 USD", "Visa •••• 4242");
    assertThat(verification.verify().differences()).isEmpty();
  }

  @Test
  void aCardPageLeftUnpaidIsVoidedAfterHalfAnHourAndChargesNothing() throws SQLException {
    ActiveTenant store = stores.open("USD");
    String shopper = "abandoned-" + UUID.randomUUID();
    long tab = openTab(shopper, "card_declined");
    buy(store, shopper, Funding.TAB, "6.00", "a");
    lock(tab);
    ClaimedCharge page = charger.payNowWithNewCard(tab, STORE_ORIGIN).get(0);

    makeDueNow(page.id());
    charger.work(100);
    assertThat(charges.find(page.id()).orElseThrow().status())
        .as("asked about, not yet abandoned")
        .isEqualTo(ChargeStatus.AWAITING_CARD);

    execute(
        "UPDATE tab_charge SET created_at = NOW(6) - INTERVAL 31 MINUTE,"
            + " next_attempt_at = NOW(6) - INTERVAL 1 SECOND WHERE id = ?",
        page.id());
    charger.work(100);

    assertThat(charges.find(page.id()).orElseThrow().status()).isEqualTo(ChargeStatus.FAILED);
    assertThat(acquirer.state(page.paymentId().get()).status()).isEqualTo("voided");
    TabView still = tabs.view(shopper, USD).orElseThrow();
    assertThat(still.locked()).as("the tab stays as it was").isTrue();
    assertThat(still.owed()).isEqualTo(Money.parse("6.00", USD));
    assertThat(still.lines()).hasSize(1);
    assertThat(acquirer.capturedCount(shopper)).isZero();
    assertThat(verification.verify().differences()).isEmpty();
  }

  @Test
  void aShopperWhoGivesUpOnTheCardPageOrFindsTheZoneDownIsChargedNothing() throws SQLException {
    ActiveTenant store = stores.open("USD");
    String shopper = "gives-up-" + UUID.randomUUID();
    long tab = openTab(shopper, "card_ok");
    buy(store, shopper, Funding.TAB, "2.00", "a");

    ClaimedCharge page = charger.payNowWithNewCard(tab, STORE_ORIGIN).get(0);
    assertThat(charger.cancelCardPages(tab))
        .singleElement()
        .extracting(ClaimedCharge::status)
        .isEqualTo(ChargeStatus.FAILED);
    assertThat(acquirer.state(page.paymentId().get()).status()).isEqualTo("voided");
    assertThat(tabs.view(shopper, USD).orElseThrow().owed()).isEqualTo(Money.parse("2.00", USD));
    assertThat(tabs.view(shopper, USD).orElseThrow().locked()).isFalse();

    acquirer.zoneDown(true);
    try {
      assertThat(charger.payNowWithNewCard(tab, STORE_ORIGIN))
          .singleElement()
          .extracting(ClaimedCharge::status)
          .isEqualTo(ChargeStatus.FAILED);
    } finally {
      acquirer.zoneDown(false);
    }
    assertThat(tabs.view(shopper, USD).orElseThrow().lines()).hasSize(1);

    // A server that stopped between claiming and opening the page leaves a charge nobody can pay.
    ClaimedCharge orphan = charges.claim(tab, true, Optional.of(TabCharges.Card.NEW)).get(0);
    makeDueNow(orphan.id());
    charger.work(100);
    assertThat(charges.find(orphan.id()).orElseThrow().status()).isEqualTo(ChargeStatus.FAILED);
    assertThat(tabs.view(shopper, USD).orElseThrow().owed()).isEqualTo(Money.parse("2.00", USD));

    // Paid with the saved card afterwards: one charge, for what the tab owes.
    assertThat(charger.payNow(tab, Optional.empty()))
        .singleElement()
        .extracting(ClaimedCharge::status)
        .isEqualTo(ChargeStatus.SUCCEEDED);
    assertThat(acquirer.capturedCount(shopper)).isEqualTo(1);
    assertThat(verification.verify().differences()).isEmpty();
  }

  @Test
  void anAuthorizationThatNeverReachedTheAcquirerIsSentAgainAndNeverLocksTheTab()
      throws SQLException {
    ActiveTenant store = stores.open("USD");
    String shopper = "unsent-" + UUID.randomUUID();
    long tab = openTab(shopper, "card_unsent");
    buy(store, shopper, Funding.TAB, "5.00", "a");

    ClaimedCharge charge = charger.chargeIfDue(tab).get(0);
    for (int resend = 1; resend <= ScriptedCardCharges.UNSENT_BEFORE_RECEIVED; resend++) {
      ClaimedCharge now = charges.find(charge.id()).orElseThrow();
      assertThat(now.status())
          .as("after %d unsent attempts", resend)
          .isEqualTo(ChargeStatus.DECLINED);
      assertThat(now.declines()).isZero();
      assertThat(tabs.view(shopper, USD).orElseThrow().locked()).isFalse();
      makeDueNow(charge.id());
      charger.work(100);
    }

    ClaimedCharge paid = charges.find(charge.id()).orElseThrow();
    assertThat(paid.status()).isEqualTo(ChargeStatus.SUCCEEDED);
    assertThat(paid.attempts()).isEqualTo(ScriptedCardCharges.UNSENT_BEFORE_RECEIVED);
    assertThat(paid.unsent()).isEqualTo(ScriptedCardCharges.UNSENT_BEFORE_RECEIVED);
    assertThat(acquirer.capturedCount(shopper)).isEqualTo(1);
    assertThat(tabs.view(shopper, USD).orElseThrow().owed()).isEqualTo(Money.zero(USD));
    assertThat(verification.verify().differences()).isEmpty();
  }

  @Test
  void aSettledDayPaysEachStoreExactlyOnceAndItsLinesAddUpToThePayout()
      throws SQLException, IOException {
    ActiveTenant store = stores.open("USD");
    ActiveTenant other = stores.open("USD");
    String shopper = "settle-" + UUID.randomUUID();
    long tab = openTab(shopper, "card_ok");
    topUp(shopper, "3.00");
    buy(store, shopper, Funding.WALLET, "0.25", "w1");
    buy(store, shopper, Funding.WALLET, "0.002", "w2");
    buy(store, shopper, Funding.TAB, "3.001", "t1");
    buy(other, shopper, Funding.TAB, "2.00", "t2");
    charger.chargeIfDue(tab);
    Receipt refunded = buy(store, shopper, Funding.WALLET, "0.50", "w3");
    refund(store, refunded, "0.20", RefundDestination.WALLET, "refund-w3");
    LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
    moveFactsToYesterday(store.id(), shopper);

    assertThat(TenantScope.runAs(store.id(), () -> builder.build(store.id(), yesterday)))
        .isEqualTo(1);
    assertThat(TenantScope.runAs(store.id(), () -> builder.build(store.id(), yesterday))).isZero();

    Settlement s = settlements.list(store.id(), Optional.empty(), 10).get(0);
    assertThat(s.day()).isEqualTo(yesterday);
    assertThat(s.wallet()).isEqualTo(Money.parse("0.752", USD));
    assertThat(s.refunds()).isEqualTo(Money.parse("0.20", USD));
    // The charge of 5.00 collected 3.001 of this store's line and 1.999 of the other's.
    assertThat(s.tab()).isEqualTo(Money.parse("3.001", USD));
    assertThat(s.gross()).isEqualTo(Money.parse("3.753", USD));
    assertThat(s.cardFees().micros()).isEqualTo(89L * 3_001);
    assertThat(s.payout().plus(s.carriedOut())).isEqualTo(s.net().plus(s.carriedIn()));
    assertThat(s.payout().micros() % 10_000).isZero();
    assertThat(s.saved().isPositive()).isTrue();
    assertThat(settlements.find(other.id(), s.id())).isEmpty();
    // The purchase partly refunded says how much of it was (the admin's list and the API show it).
    assertThat(
            TenantScope.runAs(store.id(), () -> purchaseRecords.ofShopper(shopper, 0, 10)).stream()
                .filter(p -> p.amount().equals(Money.parse("0.50", USD)))
                .map(dev.penny.payments.purchase.MicroPurchase::refunded)
                .toList())
        .containsExactly(Money.parse("0.20", USD));

    StringWriter csv = new StringWriter();
    settlements.csv(s, csv);
    BigDecimal sum = BigDecimal.ZERO;
    String[] rows = csv.toString().split("\n");
    for (int i = 1; i < rows.length; i++) {
      String[] cells = rows[i].split(",");
      if (!rows[i].contains(",payout,")) {
        sum = sum.add(new BigDecimal(cells[cells.length - 2]));
      }
    }
    assertThat(sum).isEqualByComparingTo(s.payout().toDecimal());
    assertThat(csv.toString())
        .contains(",wallet_sale,mp_", ",tab_sale,mp_", ",card_fee,", ",refund,", ",payout,")
        .contains("\"Refund of mp_");
    assertThat(verification.verify().differences()).isEmpty();

    // A sale written after the settlement with a time in its day (a sandbox clock set back) is not
    // in what the settlement counted, so its lines do not show it either: the CSV stays as issued.
    buy(store, shopper, Funding.WALLET, "0.30", "w4");
    execute(
        "UPDATE micro_purchase SET created_at = created_at - INTERVAL 1 DAY"
            + " WHERE tenant_id = ? AND shopper = ? AND created_at >= ?",
        store.id(),
        shopper,
        java.sql.Timestamp.from(yesterday.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    StringWriter again = new StringWriter();
    settlements.csv(settlements.find(store.id(), s.id()).orElseThrow(), again);
    assertThat(again.toString()).isEqualTo(csv.toString());
  }

  @Test
  void theBatchJobChargesDueTabsAndSettlesEveryStore() throws Exception {
    ActiveTenant store = stores.open("USD");
    String shopper = "job-" + UUID.randomUUID();
    long tab = openTab(shopper, "card_ok");
    buy(store, shopper, Funding.TAB, "5.20", "a");
    assertThat(tab).isPositive();

    long run = jobs.start(jobs.lastSettleableDay());
    SettlementRun finished = awaitRun(run);

    assertThat(finished.status()).isEqualTo("COMPLETED");
    assertThat(finished.percent()).isEqualTo(100);
    assertThat(acquirer.capturedCount(shopper)).isEqualTo(1);
    assertThat(tabs.view(shopper, USD).orElseThrow().owed()).isEqualTo(Money.zero(USD));
    assertThat(verification.verify().differences()).isEmpty();
  }

  @Test
  void aRunWhoseServerDiedReadsAbandonedAndALiveRunOfAnotherServerComesFirst() throws Exception {
    long dead = runs.start(jobs.lastSettleableDay());
    silence(dead);
    assertThat(runs.find(dead).orElseThrow().status()).isEqualTo("ABANDONED");

    long live = runs.start(jobs.lastSettleableDay());
    assertThat(runs.find(live).orElseThrow().status()).isEqualTo("RUNNING");
    assertThat(runs.latest().orElseThrow().id()).isEqualTo(live);
    assertThat(runs.find(dead).orElseThrow().finishedAt()).isPresent();

    silence(live);
    long next = jobs.start(jobs.lastSettleableDay());
    assertThat(awaitRun(next).status()).isEqualTo("COMPLETED");
    assertThat(runs.find(live).orElseThrow().status()).isEqualTo("ABANDONED");
    assertThat(runs.find(live).orElseThrow().finishedAt()).isPresent();
  }

  /** As if the run's server had died eleven minutes ago. */
  private void silence(long run) throws SQLException {
    execute(
        "UPDATE settlement_run SET heartbeat_at = heartbeat_at - INTERVAL 11 MINUTE WHERE id = ?",
        run);
  }

  @Test
  void aCollectedPurchaseIsRefundedToTheWalletOrTheCardNeverBeyondWhatItWas() throws SQLException {
    ActiveTenant store = stores.open("USD");
    ActiveTenant other = stores.open("USD");
    String shopper = "refund-" + UUID.randomUUID();
    long tab = openTab(shopper, "card_ok");
    topUp(shopper, "2.00");
    Receipt byWallet = buy(store, shopper, Funding.WALLET, "1.00", "w");
    Receipt onTab = buy(store, shopper, Funding.TAB, "5.00", "t");

    assertThat(refundCode(store, onTab, "1.00", RefundDestination.WALLET, "r0"))
        .isEqualTo(ErrorCode.PURCHASE_ON_OPEN_TAB);
    charger.chargeIfDue(tab);
    Receipt stillOpen = buy(store, shopper, Funding.TAB, "0.30", "open");
    assertThat(refundCode(store, stillOpen, "0.10", RefundDestination.WALLET, "r1"))
        .isEqualTo(ErrorCode.PURCHASE_ON_OPEN_TAB);

    Refund toWallet = refund(store, byWallet, "0.40", RefundDestination.WALLET, "r2");
    assertThat(toWallet.status()).isEqualTo("DONE");
    assertThat(wallets.balance(shopper, USD)).isEqualTo(Money.parse("1.40", USD));
    assertThat(refund(store, byWallet, "0.40", RefundDestination.WALLET, "r2").replayed()).isTrue();
    assertThat(wallets.balance(shopper, USD)).isEqualTo(Money.parse("1.40", USD));
    assertThat(refundCode(store, byWallet, "0.50", RefundDestination.WALLET, "r2"))
        .isEqualTo(ErrorCode.IDEMPOTENCY_CONFLICT);
    assertThat(refundCode(store, byWallet, "0.61", RefundDestination.WALLET, "r3"))
        .isEqualTo(ErrorCode.REFUND_EXCEEDS_REMAINING);
    assertThat(refundCode(store, byWallet, "0.10", RefundDestination.CARD, "r4"))
        .isEqualTo(ErrorCode.REFUND_TO_CARD_UNAVAILABLE);

    Money before = acquirer.refunded(USD);
    Refund toCard = refund(store, onTab, "2.50", RefundDestination.CARD, "r5");
    assertThat(toCard.status()).isEqualTo("DONE");
    assertThat(acquirer.refunded(USD)).isEqualTo(before.plus(Money.parse("2.50", USD)));
    assertThat(refundCode(store, onTab, "0.005", RefundDestination.CARD, "r6"))
        .isEqualTo(ErrorCode.INVALID_AMOUNT);
    assertThat(refundCode(other, onTab, "0.10", RefundDestination.WALLET, "r7"))
        .isEqualTo(ErrorCode.PURCHASE_NOT_FOUND);
    assertThat(refunds.ofPurchase(store.id(), onTab.transactionId())).hasSize(1);
    assertThat(verification.verify().differences()).isEmpty();
  }

  @Test
  void reconciliationMatchesTheAcquirersFileAndListsWhatDiffers() throws SQLException {
    ActiveTenant store = stores.open("USD");
    String shopper = "reconcile-" + UUID.randomUUID();
    long tab = openTab(shopper, "card_ok");
    Receipt line = buy(store, shopper, Funding.TAB, "6.00", "a");
    long charge = charger.chargeIfDue(tab).get(0).id();
    refund(store, line, "1.00", RefundDestination.CARD, "card-refund");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    // A charge Penny recorded yesterday whose capture is in today's file (asked about after
    // midnight): found by its payment id, not read with every charge ever made.
    String late = "reconcile-late-" + UUID.randomUUID();
    long lateTab = openTab(late, "card_ok");
    buy(store, late, Funding.TAB, "5.50", "late");
    long lateCharge = charger.chargeIfDue(lateTab).get(0).id();
    execute(
        "UPDATE tab_charge SET settled_at = settled_at - INTERVAL 1 DAY WHERE id = ?", lateCharge);

    Reconciliation clean = reconciler.reconcile(today);
    assertThat(clean.differences()).isEmpty();
    assertThat(clean.matched()).isGreaterThanOrEqualTo(3);

    // The other way round: a charge the acquirer settled today that Penny records tomorrow (its
    // answer came after midnight) is not missing from tomorrow's file, and no total counts it
    // twice.
    LocalDate tomorrow = today.plusDays(1);
    execute(
        "UPDATE tab_charge SET settled_at = settled_at + INTERVAL 2 DAY WHERE id = ?", lateCharge);
    execute(
        "UPDATE tab_charge_share SET day = day + INTERVAL 1 DAY WHERE charge_id = ?", lateCharge);
    file.emptyOn(tomorrow);
    try {
      Reconciliation next = reconciler.reconcile(tomorrow);
      assertThat(next.differences()).isEmpty();
      assertThat(next.pennyTotal()).isEqualTo(next.acquirerTotal());
    } finally {
      file.clear();
      execute(
          "UPDATE tab_charge SET settled_at = settled_at - INTERVAL 1 DAY WHERE id = ?",
          lateCharge);
      execute(
          "UPDATE tab_charge_share SET day = day - INTERVAL 1 DAY WHERE charge_id = ?", lateCharge);
    }

    // A store's share of a charge that no longer adds up is listed.
    execute("UPDATE tab_charge_share SET fee_micros = fee_micros + 1 WHERE charge_id = ?", charge);
    try {
      assertThat(reconciler.reconcile(today).differences())
          .singleElement()
          .asString()
          .contains("its fee is", "the stores were allocated");
    } finally {
      execute(
          "UPDATE tab_charge_share SET fee_micros = fee_micros - 1 WHERE charge_id = ?", charge);
    }

    file.add(
        new AcquirerFile.Line(
            "pay_unknown1-capture", "capture", Money.parse("9.99", USD), "penny"));
    file.add(
        new AcquirerFile.Line("pay_store-capture", "capture", Money.parse("3.00", USD), "a-store"));
    try {
      Reconciliation found = reconciler.reconcile(today);
      assertThat(found.differences())
          .singleElement()
          .asString()
          .contains("9.99", "pay_unknown1-capture", "no record");
      assertThat(reconciler.of(today).orElseThrow().differences()).hasSize(1);
    } finally {
      file.clear();
    }
  }

  private Refund refund(
      ActiveTenant store, Receipt purchase, String amount, RefundDestination to, String key) {
    return TenantScope.runAs(
        store.id(),
        () -> refunds.refund(store, purchase.transactionId(), Money.parse(amount, USD), to, key));
  }

  private ErrorCode refundCode(
      ActiveTenant store, Receipt purchase, String amount, RefundDestination to, String key) {
    try {
      refund(store, purchase, amount, to, key);
    } catch (dev.penny.platform.problem.DomainException e) {
      return e.errorCode();
    }
    throw new AssertionError("The refund was accepted");
  }

  private SettlementRun awaitRun(long id) throws InterruptedException {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < deadline) {
      Optional<SettlementRun> run = runs.find(id);
      if (run.isPresent() && !run.get().running()) {
        return run.get();
      }
      Thread.sleep(250);
    }
    throw new AssertionError("The settlement run did not finish");
  }

  private long openTab(String shopper, String card) throws SQLException {
    long account = accounts.open(AccountRef.tab(shopper, USD), OptionalLong.of(-15_000_000L));
    execute(
        "INSERT INTO tab (account_id, shopper, currency, card_token, card_label, receipt_email,"
            + " consent_version, consent_wording, consented_at)"
            + " VALUES (?, ?, 'USD', ?, 'Visa •••• 4242', 'ada@example.com', 'test',"
            + " 'I agree to aggregated charges.', NOW(6))",
        account,
        shopper,
        card);
    return account;
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

  private Receipt buy(
      ActiveTenant store, String shopper, Funding funding, String amount, String key) {
    return TenantScope.runAs(
        store.id(),
        () ->
            purchases.buy(
                store,
                Sale.metered("call", Money.parse(amount, USD)),
                Payer.onPage(shopper, funding),
                key));
  }

  private List<Long> shares(long chargeId) throws SQLException {
    List<Long> fees = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT fee_micros FROM tab_charge_share WHERE charge_id = ? ORDER BY tenant_id")) {
      s.setLong(1, chargeId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          fees.add(rs.getLong(1));
        }
      }
    }
    return fees;
  }

  /** As if the shopper's tab lines had been bought {@code hours} ago. */
  private void age(String shopper, int hours) throws SQLException {
    execute(
        "UPDATE micro_purchase SET created_at = created_at - INTERVAL ? HOUR WHERE shopper = ?",
        hours,
        shopper);
  }

  /** As if the charge's back-off (or a stopped server's lease) had passed. */
  private void makeDueNow(long chargeId) throws SQLException {
    execute(
        "UPDATE tab_charge SET next_attempt_at = NOW(6) - INTERVAL 1 SECOND WHERE id = ?",
        chargeId);
  }

  /** The day's facts of this store and shopper, as if they had happened yesterday. */
  private void moveFactsToYesterday(long tenantId, String shopper) throws SQLException {
    execute(
        "UPDATE micro_purchase SET created_at = created_at - INTERVAL 1 DAY"
            + " WHERE tenant_id = ? AND shopper = ?",
        tenantId,
        shopper);
    execute("UPDATE tab_charge_share SET day = day - INTERVAL 1 DAY WHERE tenant_id = ?", tenantId);
    execute(
        "UPDATE micro_refund SET done_at = done_at - INTERVAL 1 DAY WHERE tenant_id = ?", tenantId);
  }

  private void execute(String sql, Object... values) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
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
}
