package dev.penny.payments.tab;

import dev.penny.money.Money;
import dev.penny.payments.Statements;
import dev.penny.payments.ledger.AccountRef;
import dev.penny.payments.ledger.LedgerAccounts;
import dev.penny.payments.ledger.LedgerQueries;
import dev.penny.payments.ledger.LedgerRefusedException;
import dev.penny.payments.wallet.CardCharges;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;

/** Opens tabs (with consent and a saved card) and shows them: owed, threshold, lines, due. */
@ApplicationScoped
public class TabService {

  @Resource(lookup = "java:app/jdbc/penny")
  DataSource dataSource;

  private final LedgerAccounts accounts;
  private final LedgerQueries ledger;
  private final TabLines lines;
  private final TabPolicy policy;
  private final CardCharges cards;
  private final Clock clock;
  private final java.util.concurrent.ConcurrentMap<String, Long> openTabs =
      new java.util.concurrent.ConcurrentHashMap<>();

  @Inject
  public TabService(
      LedgerAccounts accounts,
      LedgerQueries ledger,
      TabLines lines,
      TabPolicy policy,
      CardCharges cards,
      Clock clock) {
    this.accounts = accounts;
    this.ledger = ledger;
    this.lines = lines;
    this.policy = policy;
    this.cards = cards;
    this.clock = clock;
  }

  protected TabService() {
    this(null, null, null, null, null, null);
  }

  private record TabRow(
      long accountId,
      String cardLabel,
      String consentVersion,
      Instant consentedAt,
      boolean closed) {}

  /** The wording a shopper is asked to agree to before opening a tab in this currency. */
  public String consentWording(Currency currency, String cardLabel) {
    return TabConsent.wording(
        policy.threshold(currency).toPlainString() + " " + currency.getCurrencyCode(),
        policy.limit(currency).toPlainString() + " " + currency.getCurrencyCode(),
        cardLabel);
  }

  /**
   * Opens the shopper's tab in this currency, to be charged to one of their saved cards, once they
   * agreed to the current consent wording. Opening an open tab changes nothing.
   */
  public TabView open(
      String shopper,
      Currency currency,
      String cardToken,
      boolean consented,
      Optional<String> receiptEmail) {
    if (!consented) {
      throw new InvalidInputException(
          ErrorCode.CONSENT_REQUIRED,
          List.of("A tab opens only once you agree to aggregated charges."));
    }
    CardCharges.SavedCard card =
        cards
            .savedCard(shopper, cardToken)
            .orElseThrow(
                () ->
                    new LedgerRefusedException(
                        ErrorCode.NO_SAVED_CARD,
                        "A tab is charged to a card you saved at checkout; save one first."));
    long account =
        accounts.open(
            AccountRef.tab(shopper, currency),
            OptionalLong.of(policy.limit(currency).negate().micros()));
    String wording = consentWording(currency, card.label());
    Timestamp now = Timestamp.from(clock.instant());
    Statements.inTransaction(
        dataSource,
        "open the tab",
        connection -> {
          int opened =
              Statements.update(
                  connection,
                  "INSERT IGNORE INTO tab (account_id, shopper, currency, card_token, card_label,"
                      + " consent_version, consent_wording, consented_at, receipt_email)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  account,
                  shopper,
                  currency.getCurrencyCode(),
                  card.token(),
                  card.label(),
                  TabConsent.CURRENT_VERSION,
                  wording,
                  now,
                  receiptEmail.orElse(null));
          if (opened == 0) {
            // A tab the shopper closed opens again with this consent and card; an open one stays
            // as it is.
            int reopened =
                Statements.update(
                    connection,
                    "UPDATE tab SET closed_at = NULL, card_token = ?, card_label = ?,"
                        + " consent_version = ?, consent_wording = ?, consented_at = ?,"
                        + " receipt_email = COALESCE(?, receipt_email)"
                        + " WHERE account_id = ? AND closed_at IS NOT NULL",
                    card.token(),
                    card.label(),
                    TabConsent.CURRENT_VERSION,
                    wording,
                    now,
                    receiptEmail.orElse(null),
                    account);
            if (reopened == 1) {
              Statements.update(
                  connection, "UPDATE ledger_account SET closed = FALSE WHERE id = ?", account);
            }
          }
          return null;
        });
    return view(shopper, currency).orElseThrow();
  }

  /**
   * The shopper closes their tab: nothing more is put on it (the ledger refuses, in every store)
   * until they open it again; one-click purchases that went on it now use the wallet (unless a tab
   * in another currency is open). What it owes is still charged by the tab's rules (the caller may
   * charge it now). False when it was closed already.
   */
  public boolean close(String shopper, Currency currency) {
    TabRow tab =
        row(shopper, currency)
            .orElseThrow(
                () ->
                    new LedgerRefusedException(
                        ErrorCode.TAB_NOT_OPEN, "There is no tab to close."));
    return Statements.inTransaction(
        dataSource,
        "close the tab",
        connection -> {
          int closed =
              Statements.update(
                  connection,
                  "UPDATE tab SET closed_at = ? WHERE account_id = ? AND closed_at IS NULL",
                  Timestamp.from(clock.instant()),
                  tab.accountId());
          if (closed == 1) {
            Statements.update(
                connection,
                "UPDATE ledger_account SET closed = TRUE WHERE id = ?",
                tab.accountId());
            // One-click purchases use the wallet now, unless a tab in another currency is open.
            Statements.update(
                connection,
                "UPDATE pay_with_choice SET funding = 'WALLET' WHERE shopper = ? AND funding ="
                    + " 'TAB' AND NOT EXISTS (SELECT 1 FROM tab WHERE shopper = ? AND closed_at IS"
                    + " NULL)",
                shopper,
                shopper);
          }
          return closed == 1;
        });
  }

  /**
   * The ledger account of the shopper's tab (an account is never deleted, so it is kept in memory).
   */
  public long accountOf(String shopper, Currency currency) {
    String key = currency.getCurrencyCode() + ":" + shopper;
    Long known = openTabs.get(key);
    if (known != null) {
      return known;
    }
    long account =
        row(shopper, currency)
            .map(TabRow::accountId)
            .orElseThrow(
                () ->
                    new LedgerRefusedException(
                        ErrorCode.TAB_NOT_OPEN,
                        "Open a tab first: it needs a saved card and consent."));
    openTabs.put(key, account);
    return account;
  }

  public Optional<TabView> view(String shopper, Currency currency) {
    Optional<TabRow> row = row(shopper, currency);
    if (row.isEmpty()) {
      return Optional.empty();
    }
    LedgerQueries.Balance balance = ledger.balance(row.get().accountId()).orElseThrow();
    Money owed = Money.ofMicros(-balance.micros(), currency);
    Money threshold = policy.threshold(currency);
    Money cardMinimum = policy.chargeMinimum(currency);
    List<TabLine> open = lines.openLines(shopper, currency);
    Optional<TabView.DueReason> due =
        DueRule.reason(
            owed,
            threshold,
            open.stream().map(TabLine::at).min(java.util.Comparator.naturalOrder()),
            open.stream().map(TabLine::at).max(java.util.Comparator.naturalOrder()),
            clock.instant(),
            policy.maxLineAge(),
            policy.idle());
    return Optional.of(
        new TabView(
            owed,
            threshold,
            policy.limit(currency),
            balance.locked(),
            open,
            due,
            DueRule.chargeable(owed, cardMinimum),
            row.get().cardLabel(),
            row.get().consentVersion(),
            row.get().consentedAt(),
            row.get().closed(),
            cardMinimum));
  }

  /**
   * The shopper's open tab is charged to another of their saved cards from its next charge on (a
   * charge already under way keeps its card; a locked tab is still paid with Pay now). The
   * agreement is given again, naming the new card.
   */
  public TabView changeCard(
      String shopper, Currency currency, String cardToken, boolean consented) {
    if (!consented) {
      throw new InvalidInputException(
          ErrorCode.CONSENT_REQUIRED,
          List.of("Your tab is charged to another card only once you agree to it."));
    }
    CardCharges.SavedCard card =
        cards
            .savedCard(shopper, cardToken)
            .orElseThrow(
                () ->
                    new LedgerRefusedException(
                        ErrorCode.NO_SAVED_CARD, "Choose one of the cards you saved."));
    TabRow tab =
        row(shopper, currency)
            .filter(t -> !t.closed())
            .orElseThrow(
                () ->
                    new LedgerRefusedException(
                        ErrorCode.TAB_NOT_OPEN, "There is no open tab to charge to another card."));
    Statements.inTransaction(
        dataSource,
        "charge the tab to another card",
        connection ->
            Statements.update(
                connection,
                "UPDATE tab SET card_token = ?, card_label = ?, consent_version = ?,"
                    + " consent_wording = ?, consented_at = ? WHERE account_id = ?"
                    + " AND closed_at IS NULL",
                card.token(),
                card.label(),
                TabConsent.CURRENT_VERSION,
                consentWording(currency, card.label()),
                Timestamp.from(clock.instant()),
                tab.accountId()));
    return view(shopper, currency).orElseThrow();
  }

  /**
   * True when the saved card {@code cardToken} is the one a tab of the shopper is charged to while
   * the tab is open or still owes: removing it would leave the tab with no card to charge.
   */
  public boolean chargesCard(String shopper, String cardToken) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT 1 FROM tab t JOIN ledger_account a ON a.id = t.account_id"
                    + " WHERE t.shopper = ? AND t.card_token = ?"
                    + " AND (t.closed_at IS NULL OR a.balance_micros <> 0) LIMIT 1")) {
      select.setString(1, shopper);
      select.setString(2, cardToken);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the tabs", e);
    }
  }

  private Optional<TabRow> row(String shopper, Currency currency) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT account_id, card_label, consent_version, consented_at, closed_at FROM tab"
                    + " WHERE shopper = ? AND currency = ?")) {
      select.setString(1, shopper);
      select.setString(2, currency.getCurrencyCode());
      try (ResultSet rs = select.executeQuery()) {
        return rs.next()
            ? Optional.of(
                new TabRow(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getTimestamp(4).toInstant(),
                    rs.getTimestamp(5) != null))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the tab", e);
    }
  }
}
