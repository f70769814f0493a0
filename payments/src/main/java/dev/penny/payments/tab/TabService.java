package dev.penny.payments.tab;

import dev.penny.money.Money;
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
      long accountId, String cardLabel, String consentVersion, Instant consentedAt) {}

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
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT IGNORE INTO tab (account_id, shopper, currency, card_token, card_label,"
                    + " consent_version, consent_wording, consented_at, receipt_email)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, account);
      insert.setString(2, shopper);
      insert.setString(3, currency.getCurrencyCode());
      insert.setString(4, card.token());
      insert.setString(5, card.label());
      insert.setString(6, TabConsent.CURRENT_VERSION);
      insert.setString(7, consentWording(currency, card.label()));
      insert.setTimestamp(8, Timestamp.from(clock.instant()));
      insert.setString(9, receiptEmail.orElse(null));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not open the tab", e);
    }
    return view(shopper, currency).orElseThrow();
  }

  /** The ledger account of the shopper's open tab (tabs never close, so it is kept in memory). */
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
            DueRule.chargeable(owed, policy.chargeMinimum(currency)),
            row.get().cardLabel(),
            row.get().consentVersion(),
            row.get().consentedAt()));
  }

  private Optional<TabRow> row(String shopper, Currency currency) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT account_id, card_label, consent_version, consented_at FROM tab"
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
                    rs.getTimestamp(4).toInstant()))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the tab", e);
    }
  }
}
