package dev.penny.payments.charging;

import dev.penny.money.Money;
import dev.penny.payments.Statements;
import dev.penny.payments.tab.DueRule;
import dev.penny.payments.tab.TabPolicy;
import dev.penny.platform.crypto.RandomTokens;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The tab charges' records. Claiming a tab's charges is one database transaction that locks the
 * tab's row, so that of any number of servers one makes a cycle's charges and the others find them
 * made; every later change is a compare-and-set on the charge's status, so that an answer is
 * applied once.
 */
@ApplicationScoped
public class TabCharges {

  /** How long a server owns a charge it is asking the zone about before another may ask. */
  static final Duration LEASE = Duration.ofMinutes(2);

  /**
   * The statuses of a charge still under way (not final), as an SQL list: {@code ('PENDING', ...)}.
   */
  private static final String UNDER_WAY =
      java.util.Arrays.stream(ChargeStatus.values())
          .filter(s -> !s.isFinal())
          .map(s -> "'" + s.name() + "'")
          .collect(java.util.stream.Collectors.joining(", ", "(", ")"));

  @Resource(lookup = "java:app/jdbc/penny")
  DataSource dataSource;

  private static final java.util.Comparator<OpenLine> OLDEST_FIRST =
      java.util.Comparator.comparing(OpenLine::at).thenComparingLong(OpenLine::purchaseId);

  private final TabPolicy policy;
  private final Clock clock;

  @Inject
  public TabCharges(TabPolicy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
  }

  protected TabCharges() {
    this(null, null);
  }

  /**
   * The card a tab is charged to, chosen by its shopper (pay now may choose another); for pay now
   * with a new card, no token: the card is typed on the zone's card page.
   */
  public record Card(String token, String label) {

    /** Pay now with a card not saved: it is typed on the checkout zone's card page. */
    public static final Card NEW = new Card(null, "a new card");
  }

  /**
   * Claims the tab's next cycle: when no charge of it is under way and the tab is due (or {@code
   * payNow}) and chargeable, records its charges as PENDING, leased to the caller, with the lines
   * each covers. Empty when there is nothing to charge now.
   */
  public List<ClaimedCharge> claim(long tabAccount, boolean payNow, Optional<Card> card) {
    Instant now = clock.instant();
    return inTransaction("claim the tab's charges", c -> claim(c, tabAccount, payNow, card, now));
  }

  private List<ClaimedCharge> claim(
      Connection c, long tabAccount, boolean payNow, Optional<Card> chosen, Instant now)
      throws SQLException {
    String shopper;
    Currency currency;
    Card card;
    int cycle;
    boolean locked;
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT t.shopper, t.currency, t.card_token, t.card_label, t.cycle, a.locked"
                + " FROM tab t JOIN ledger_account a ON a.id = t.account_id"
                + " WHERE t.account_id = ? FOR UPDATE")) {
      s.setLong(1, tabAccount);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return List.of();
        }
        shopper = rs.getString(1);
        currency = Currency.getInstance(rs.getString(2));
        card = new Card(rs.getString(3), rs.getString(4));
        cycle = rs.getInt(5);
        locked = rs.getBoolean(6);
      }
    }
    if (payNow) {
      supersedeDeclined(c, tabAccount);
    }
    if ((locked && !payNow) || hasUnfinished(c, tabAccount)) {
      return List.of();
    }
    List<OpenLine> lines = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id, tenant_id, amount_micros - charged_micros, created_at FROM micro_purchase"
                + " WHERE shopper = ? AND funding = 'TAB' AND tab_charge_id IS NULL"
                + " AND currency = ? AND status = 'ACTIVE' ORDER BY id FOR UPDATE")) {
      s.setString(1, shopper);
      s.setString(2, currency.getCurrencyCode());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          if (rs.getLong(3) > 0) {
            Instant at = rs.getTimestamp(4).toInstant();
            lines.add(new OpenLine(rs.getLong(1), rs.getLong(2), rs.getLong(3), at));
          }
        }
      }
    }
    // Locked in id order (one order for every locker); collected and aged by time: ids need not
    // follow time (several writers, imported lines), and the age rule is about the oldest line.
    lines.sort(OLDEST_FIRST);
    Optional<Instant> oldest = lines.stream().findFirst().map(OpenLine::at);
    Optional<Instant> newest =
        lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(lines.size() - 1).at());
    long owedMicros = lines.stream().mapToLong(OpenLine::remainingMicros).sum();
    Money owed = Money.ofMicros(owedMicros, currency);
    Optional<ChargeReason> reason =
        payNow
            ? Optional.of(ChargeReason.PAY_NOW)
            : DueRule.reason(
                    owed,
                    policy.threshold(currency),
                    oldest,
                    newest,
                    now,
                    policy.maxLineAge(),
                    policy.idle())
                .map(due -> ChargeReason.valueOf(due.name()));
    if (reason.isEmpty() || !DueRule.chargeable(owed, policy.chargeMinimum(currency))) {
      return List.of();
    }
    List<PlannedCharge> plan = TabChargePlanner.plan(lines, ChargeRules.cap(currency));
    Card charged = chosen.orElse(card);
    int next = cycle + 1;
    Statements.update(c, "UPDATE tab SET cycle = ? WHERE account_id = ?", next, tabAccount);
    List<ClaimedCharge> claimed = new ArrayList<>();
    for (int part = 0; part < plan.size(); part++) {
      PlannedCharge planned = plan.get(part);
      String publicId = RandomTokens.publicId("tch_");
      long id =
          insertCharge(
              c, publicId, tabAccount, shopper, next, part, reason.get(), planned, charged, now);
      insertLines(c, id, planned.coverages());
      claimed.add(
          new ClaimedCharge(
              id,
              publicId,
              tabAccount,
              shopper,
              next,
              part,
              reason.get(),
              planned.amount(),
              charged.token(),
              ChargeStatus.PENDING,
              0,
              0,
              Optional.empty()));
    }
    return claimed;
  }

  /**
   * The tab's declined charges waiting for their retry end (nothing was charged by them) and give
   * their lines back, for the shopper's pay-now charge to take: a shopper whose card declined can
   * always pay with another. A charge the sweep has just taken up for its retry (PENDING now) is
   * left to finish; the pay-now then says a charge is under way.
   */
  private void supersedeDeclined(Connection c, long tabAccount) throws SQLException {
    ChargeTransitions.require(ChargeStatus.DECLINED, ChargeEvent.SUPERSEDED);
    for (long id :
        Statements.longs(
            c,
            "SELECT id FROM tab_charge WHERE tab_account = ? AND status = 'DECLINED' FOR UPDATE",
            tabAccount)) {
      if (Statements.update(
              c,
              "UPDATE tab_charge SET status = 'FAILED', decline_code = 'superseded'"
                  + " WHERE id = ? AND status = 'DECLINED'",
              id)
          == 1) {
        release(c, id);
      }
    }
  }

  /** Whether a charge of the tab is under way (pending, unanswered, or waiting for a retry). */
  public boolean underWay(long tabAccount) {
    try (Connection c = dataSource.getConnection()) {
      return hasUnfinished(c, tabAccount);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the tab charges", e);
    }
  }

  /**
   * Opens a locked tab that owes less than a card can be charged (lines of its failed charge were
   * voided or refunded since, so pay now has nothing a card can take): what it owes stays on it for
   * its next cycle. False, changing nothing, when the tab is not locked, owes enough to be charged,
   * or a charge of it is under way.
   */
  public boolean openIfUnchargeable(long tabAccount) {
    return inTransaction("open the tab", c -> openIfUnchargeable(c, tabAccount));
  }

  private boolean openIfUnchargeable(Connection c, long tabAccount) throws SQLException {
    String shopper;
    Currency currency;
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT t.shopper, t.currency FROM tab t JOIN ledger_account a ON a.id = t.account_id"
                + " WHERE t.account_id = ? AND a.locked = TRUE FOR UPDATE")) {
      s.setLong(1, tabAccount);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return false;
        }
        shopper = rs.getString(1);
        currency = Currency.getInstance(rs.getString(2));
      }
    }
    if (hasUnfinished(c, tabAccount)) {
      return false;
    }
    long owedMicros;
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT COALESCE(SUM(amount_micros - charged_micros), 0) FROM micro_purchase"
                + " WHERE shopper = ? AND funding = 'TAB' AND tab_charge_id IS NULL"
                + " AND currency = ? AND status = 'ACTIVE'")) {
      s.setString(1, shopper);
      s.setString(2, currency.getCurrencyCode());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        owedMicros = rs.getLong(1);
      }
    }
    if (DueRule.chargeable(Money.ofMicros(owedMicros, currency), policy.chargeMinimum(currency))) {
      return false;
    }
    unlock(c, tabAccount);
    return true;
  }

  /** Opens a locked tab: tab purchases are taken again in every store. */
  static void unlock(Connection c, long tabAccount) throws SQLException {
    Statements.update(c, "UPDATE ledger_account SET locked = FALSE WHERE id = ?", tabAccount);
    Statements.update(c, "UPDATE tab SET locked_at = NULL WHERE account_id = ?", tabAccount);
  }

  private static boolean hasUnfinished(Connection c, long tabAccount) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT 1 FROM tab_charge WHERE tab_account = ?"
                + " AND status IN "
                + UNDER_WAY
                + " LIMIT 1")) {
      s.setLong(1, tabAccount);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }

  private long insertCharge(
      Connection c,
      String publicId,
      long tabAccount,
      String shopper,
      int cycle,
      int part,
      ChargeReason reason,
      PlannedCharge planned,
      Card card,
      Instant now)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO tab_charge (public_id, tab_account, shopper, cycle, part, reason,"
                + " amount_micros, currency, card_token, card_label, status, attempts,"
                + " next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING',"
                + " 0, ?, ?)",
            PreparedStatement.RETURN_GENERATED_KEYS)) {
      s.setString(1, publicId);
      s.setLong(2, tabAccount);
      s.setString(3, shopper);
      s.setInt(4, cycle);
      s.setInt(5, part);
      s.setString(6, reason.name());
      s.setLong(7, planned.amount().micros());
      s.setString(8, planned.amount().currency().getCurrencyCode());
      s.setString(9, card.token());
      s.setString(10, card.label());
      s.setTimestamp(11, Timestamp.from(now.plus(LEASE)));
      s.setTimestamp(12, Timestamp.from(now));
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static void insertLines(Connection c, long chargeId, List<Coverage> coverages)
      throws SQLException {
    try (PreparedStatement line =
            c.prepareStatement(
                "INSERT INTO tab_charge_line (tenant_id, charge_id, purchase_id, covered_micros)"
                    + " VALUES (?, ?, ?, ?)");
        PreparedStatement claim =
            c.prepareStatement(
                "UPDATE micro_purchase SET charged_micros = charged_micros + ?"
                    + " WHERE tenant_id = ? AND id = ?")) {
      for (Coverage coverage : coverages) {
        line.setLong(1, coverage.tenantId());
        line.setLong(2, chargeId);
        line.setLong(3, coverage.purchaseId());
        line.setLong(4, coverage.micros());
        line.addBatch();
        claim.setLong(1, coverage.micros());
        claim.setLong(2, coverage.tenantId());
        claim.setLong(3, coverage.purchaseId());
        claim.addBatch();
      }
      line.executeBatch();
      claim.executeBatch();
    }
  }

  /** Charges whose next step is due (retries, unanswered ones, ones a stopped server left). */
  public List<Long> dueForWork(int limit) {
    try (Connection c = dataSource.getConnection()) {
      return Statements.longs(
          c,
          "SELECT id FROM tab_charge"
              + " WHERE status IN "
              + UNDER_WAY
              + " AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
          Timestamp.from(clock.instant()),
          limit);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the tab charges", e);
    }
  }

  /**
   * Takes the lease on a charge whose next step is due: empty when another server took it first (or
   * it moved on).
   */
  public Optional<ClaimedCharge> lease(long id) {
    Optional<ClaimedCharge> charge = find(id);
    if (charge.isEmpty() || charge.get().status().isFinal()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    int updated =
        update(
            "UPDATE tab_charge SET next_attempt_at = ? WHERE id = ? AND status = ?"
                + " AND next_attempt_at <= ?",
            Timestamp.from(now.plus(LEASE)),
            id,
            charge.get().status().name(),
            Timestamp.from(now));
    return updated == 1 ? charge : Optional.empty();
  }

  public Optional<ClaimedCharge> find(long id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT id, public_id, tab_account, shopper, cycle, part, reason, amount_micros,"
                    + " currency, card_token, status, attempts, unsent, payment_id FROM tab_charge"
                    + " WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new ClaimedCharge(
                rs.getLong(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getInt(5),
                rs.getInt(6),
                ChargeReason.valueOf(rs.getString(7)),
                Money.ofMicros(rs.getLong(8), rs.getString(9)),
                rs.getString(10),
                ChargeStatus.valueOf(rs.getString(11)),
                rs.getInt(12),
                rs.getInt(13),
                Optional.ofNullable(rs.getString(14))));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the tab charge", e);
    }
  }

  /**
   * Moves a charge by the transition table, if it is still where the caller saw it: how many rows
   * moved (0: someone else moved it first).
   */
  public int move(
      ClaimedCharge charge,
      ChargeEvent event,
      Optional<String> paymentId,
      Optional<String> declineCode,
      Instant nextAttempt) {
    ChargeStatus to = ChargeTransitions.require(charge.status(), event);
    boolean nextKey =
        event == ChargeEvent.DECLINED
            || event == ChargeEvent.DECLINED_LAST
            || event == ChargeEvent.NOT_SENT;
    int attempts = nextKey ? charge.attempts() + 1 : charge.attempts();
    int unsent = event == ChargeEvent.NOT_SENT ? charge.unsent() + 1 : charge.unsent();
    return update(
        "UPDATE tab_charge SET status = ?, attempts = ?, unsent = ?,"
            + " payment_id = COALESCE(?, payment_id), decline_code = COALESCE(?, decline_code),"
            + " next_attempt_at = ? WHERE id = ? AND status = ? AND attempts = ?",
        to.name(),
        attempts,
        unsent,
        paymentId.orElse(null),
        declineCode.orElse(null),
        Timestamp.from(nextAttempt),
        charge.id(),
        charge.status().name(),
        charge.attempts());
  }

  /** A charge that failed for good gives its lines back to the tab (they may be charged again). */
  public void release(Connection c, long chargeId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE micro_purchase p JOIN tab_charge_line l"
                + " ON l.tenant_id = p.tenant_id AND l.purchase_id = p.id"
                + " SET p.charged_micros = p.charged_micros - l.covered_micros"
                + " WHERE l.charge_id = ?")) {
      s.setLong(1, chargeId);
      s.executeUpdate();
    }
    Statements.update(c, "DELETE FROM tab_charge_line WHERE charge_id = ?", chargeId);
  }

  /** The tab's charges waiting for the shopper on the zone's card page, in part order. */
  public List<ClaimedCharge> awaitingCard(long tabAccount) {
    List<Long> ids;
    try (Connection c = dataSource.getConnection()) {
      ids =
          Statements.longs(
              c,
              "SELECT id FROM tab_charge WHERE tab_account = ? AND status = 'AWAITING_CARD'"
                  + " ORDER BY cycle, part",
              tabAccount);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the tab charges", e);
    }
    return ids.stream().map(this::find).flatMap(Optional::stream).toList();
  }

  /** When the charge was claimed (a card page left open longer than allowed is abandoned). */
  Instant createdAt(long id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT created_at FROM tab_charge WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getTimestamp(1).toInstant();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the tab charge", e);
    }
  }

  /** The shopper's tab charges, newest first. */
  public List<TabChargeView> ofShopper(String shopper, int limit) {
    List<TabChargeView> views = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT public_id, amount_micros, currency, status, reason, card_label, attempts,"
                    + " decline_code, created_at, settled_at FROM tab_charge WHERE shopper = ?"
                    + " ORDER BY id DESC LIMIT ?")) {
      s.setString(1, shopper);
      s.setInt(2, limit);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          Timestamp settled = rs.getTimestamp(10);
          views.add(
              new TabChargeView(
                  rs.getString(1),
                  Money.ofMicros(rs.getLong(2), rs.getString(3)),
                  ChargeStatus.valueOf(rs.getString(4)),
                  ChargeReason.valueOf(rs.getString(5)),
                  rs.getString(6),
                  rs.getInt(7),
                  Optional.ofNullable(rs.getString(8)),
                  rs.getTimestamp(9).toInstant(),
                  Optional.ofNullable(settled).map(Timestamp::toInstant)));
        }
      }
      return views;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the tab charges", e);
    }
  }

  /** Runs {@code work} in one transaction of the charges' database (see {@link Statements}). */
  <T> T inTransaction(String what, Statements.Work<T> work) {
    return Statements.inTransaction(dataSource, what, work);
  }

  int update(String sql, Object... values) {
    try (Connection c = dataSource.getConnection()) {
      return Statements.update(c, sql, values);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not update the tab charge", e);
    }
  }
}
