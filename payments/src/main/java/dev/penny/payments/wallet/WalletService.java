package dev.penny.payments.wallet;

import dev.penny.money.Money;
import dev.penny.payments.Requests;
import dev.penny.payments.ledger.AccountRef;
import dev.penny.payments.ledger.LedgerAccounts;
import dev.penny.payments.ledger.LedgerQueries;
import dev.penny.payments.ledger.LedgerRefusedException;
import dev.penny.payments.ledger.LedgerWriter;
import dev.penny.payments.ledger.Movement;
import dev.penny.payments.ledger.Posting;
import dev.penny.payments.ledger.TransferKind;
import dev.penny.platform.problem.ErrorCode;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Wallets: balances, statements and top-ups. A top-up is recorded before the card is charged and
 * credited only once the zone says the charge was captured; a charge whose outcome is unknown is
 * asked about later ({@link #settleUnknown}), never charged again.
 */
@ApplicationScoped
public class WalletService {

  private static final Logger LOG = Logger.getLogger(WalletService.class.getName());

  @Resource(lookup = "java:app/jdbc/penny")
  DataSource dataSource;

  private final LedgerAccounts accounts;
  private final LedgerQueries ledger;
  private final LedgerWriter writer;
  private final CardCharges cards;
  private final Clock clock;

  @Inject
  public WalletService(
      LedgerAccounts accounts,
      LedgerQueries ledger,
      LedgerWriter writer,
      CardCharges cards,
      Clock clock) {
    this.accounts = accounts;
    this.ledger = ledger;
    this.writer = writer;
    this.cards = cards;
    this.clock = clock;
  }

  protected WalletService() {
    this(null, null, null, null, null);
  }

  /** The wallet's account, opened on first use (its floor is zero). */
  public long accountOf(String shopper, Currency currency) {
    return accounts.open(AccountRef.wallet(shopper, currency), OptionalLong.of(0));
  }

  public Money balance(String shopper, Currency currency) {
    return accounts
        .find(AccountRef.wallet(shopper, currency))
        .flatMap(ledger::balance)
        .map(b -> Money.ofMicros(b.micros(), currency))
        .orElse(Money.zero(currency));
  }

  /** The wallet's movements, newest first, older than {@code beforeId} (0: from the newest). */
  public List<Movement> movements(String shopper, Currency currency, long beforeId, int limit) {
    return accounts
        .find(AccountRef.wallet(shopper, currency))
        .map(id -> ledger.movements(id, beforeId, limit))
        .orElse(List.of());
  }

  /**
   * Tops the wallet up from a saved card at once. The same {@code requestKey} again answers with
   * the first top-up and charges nothing more.
   */
  public TopUp topUpWithSavedCard(
      String shopper, Money amount, List<Money> presets, String cardToken, String requestKey) {
    Money checked = TopUpAmounts.check(amount, presets);
    Optional<TopUp> earlier = byRequest(shopper, requestKey);
    if (earlier.isEmpty()) {
      requireSavedCard(shopper, cardToken);
      Optional<String> recorded = record(shopper, checked, requestKey, cardToken);
      if (recorded.isPresent()) {
        return charge(recorded.get(), shopper, checked, cardToken);
      }
      // A concurrent request with the same key recorded it first: that one charges the card.
      earlier = byRequest(shopper, requestKey);
    }
    TopUp first = earlier.orElseThrow();
    if (!first.amount().equals(checked)) {
      throw new LedgerRefusedException(
          ErrorCode.IDEMPOTENCY_CONFLICT, "This form was already used for another amount.");
    }
    return first;
  }

  /**
   * The card must be one the shopper saved at the zone: anything else is refused here, before a
   * top-up is recorded (the zone would refuse it too, an answer that would otherwise read as none).
   */
  private void requireSavedCard(String shopper, String cardToken) {
    if (cards.savedCard(shopper, cardToken).isEmpty()) {
      throw new LedgerRefusedException(
          ErrorCode.NO_SAVED_CARD, "Top up with one of the cards you saved at checkout.");
    }
  }

  private TopUp charge(String id, String shopper, Money checked, String cardToken) {
    CardCharges.Charge charge;
    try {
      charge = cards.chargeSavedCard("topup-" + id, shopper, cardToken, checked, "topup-" + id);
    } catch (RuntimeException e) {
      // No answer from the zone: the charge may have happened. Ask later, never charge again.
      LOG.warning(() -> "Top-up " + id + " has an unknown outcome: " + e.getMessage());
      mark(id, "UNKNOWN", Optional.empty());
      return find(id).orElseThrow();
    }
    return settle(id, shopper, checked, charge);
  }

  /**
   * Asks the zone again about top-ups whose outcome is unknown, and about those left pending for
   * over two minutes (a server that stopped between recording and charging): by the payment's id
   * when the zone gave one, otherwise by repeating the charge with the first call's idempotency
   * key, which the zone answers with the first charge if there was one and never charges twice. How
   * many it settled.
   */
  public int settleUnknown() {
    int settled = 0;
    for (Row row : unknown()) {
      try {
        CardCharges.Charge charge =
            row.paymentId.isPresent()
                ? cards.state(row.paymentId.get())
                : cards.chargeSavedCard(
                    "topup-" + row.id,
                    row.shopper,
                    row.cardToken.orElseThrow(),
                    row.amount,
                    "topup-" + row.id);
        if (!charge.unsettled()) {
          settle(row.id, row.shopper, row.amount, charge);
          settled++;
        } else {
          mark(row.id, "UNKNOWN", Optional.of(charge.paymentId()));
        }
      } catch (RuntimeException e) {
        LOG.fine(() -> "Top-up " + row.id + " still unknown: " + e.getMessage());
      }
    }
    return settled;
  }

  private TopUp settle(String id, String shopper, Money amount, CardCharges.Charge charge) {
    if (charge.captured()) {
      Currency currency = amount.currency();
      long clearing = accounts.open(AccountRef.cardClearing(currency), OptionalLong.empty());
      writer.post(
          Posting.transfer(
              "topup:" + id,
              Requests.fingerprint("topup", id, amount),
              TransferKind.TOP_UP,
              clearing,
              accountOf(shopper, currency),
              amount,
              "Top-up"));
      mark(id, "SUCCEEDED", Optional.of(charge.paymentId()));
    } else if (charge.unsettled()) {
      mark(id, "UNKNOWN", Optional.of(charge.paymentId()));
    } else {
      mark(id, "FAILED", Optional.of(charge.paymentId()));
      return new TopUp(id, amount, "FAILED", charge.declineCode());
    }
    return find(id).orElseThrow();
  }

  public Optional<TopUp> find(String id) {
    return row(id).map(r -> new TopUp(r.id, r.amount, r.status, Optional.empty()));
  }

  private record Row(
      String id,
      String shopper,
      Money amount,
      String status,
      Optional<String> paymentId,
      Optional<String> cardToken) {}

  /** Records a new top-up; empty when one with this request key exists already. */
  private Optional<String> record(
      String shopper, Money amount, String requestKey, String cardToken) {
    String id = UUID.randomUUID().toString();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO top_up (public_id, shopper, request_key, amount_micros, currency,"
                    + " status, card_token, created_at) VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?)")) {
      insert.setString(1, id);
      insert.setString(2, shopper);
      insert.setString(3, requestKey);
      insert.setLong(4, amount.micros());
      insert.setString(5, amount.currency().getCurrencyCode());
      insert.setString(6, cardToken);
      insert.setTimestamp(7, Timestamp.from(clock.instant()));
      insert.executeUpdate();
      return Optional.of(id);
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        return Optional.empty();
      }
      throw new IllegalStateException("Could not record the top-up", e);
    }
  }

  private void mark(String id, String status, Optional<String> paymentId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE top_up SET status = ?, payment_id = COALESCE(?, payment_id)"
                    + " WHERE public_id = ? AND status <> 'SUCCEEDED'")) {
      update.setString(1, status);
      update.setString(2, paymentId.orElse(null));
      update.setString(3, id);
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not update the top-up", e);
    }
  }

  private Optional<TopUp> byRequest(String shopper, String requestKey) {
    return select("shopper = ? AND request_key = ?", shopper, requestKey).stream()
        .findFirst()
        .map(r -> new TopUp(r.id, r.amount, r.status, Optional.empty()));
  }

  private Optional<Row> row(String id) {
    return select("public_id = ?", id).stream().findFirst();
  }

  private List<Row> unknown() {
    return select(
        "(status = 'UNKNOWN' OR (status = 'PENDING' AND created_at < ?))"
            + " AND (payment_id IS NOT NULL OR card_token IS NOT NULL) ORDER BY id LIMIT 100",
        Timestamp.from(clock.instant().minusSeconds(120)));
  }

  private List<Row> select(String where, Object... values) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT public_id, shopper, amount_micros, currency, status, payment_id,"
                    + " card_token FROM top_up WHERE "
                    + where)) {
      for (int i = 0; i < values.length; i++) {
        select.setObject(i + 1, values[i]);
      }
      List<Row> rows = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new Row(
                  rs.getString(1),
                  rs.getString(2),
                  Money.ofMicros(rs.getLong(3), rs.getString(4)),
                  rs.getString(5),
                  Optional.ofNullable(rs.getString(6)),
                  Optional.ofNullable(rs.getString(7))));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read top-ups", e);
    }
  }
}
