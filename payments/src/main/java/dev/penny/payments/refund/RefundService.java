package dev.penny.payments.refund;

import dev.penny.money.Money;
import dev.penny.payments.Requests;
import dev.penny.payments.ledger.AccountRef;
import dev.penny.payments.ledger.LedgerAccounts;
import dev.penny.payments.ledger.LedgerRefusedException;
import dev.penny.payments.ledger.LedgerWriter;
import dev.penny.payments.ledger.Posting;
import dev.penny.payments.ledger.TransferKind;
import dev.penny.payments.wallet.CardCharges;
import dev.penny.platform.crypto.RandomTokens;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.InvalidInputException;
import dev.penny.platform.problem.ItemNotFoundException;
import dev.penny.platform.tenancy.ActiveTenant;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Refunds after a purchase was collected (paid from the wallet, or on a tab that a card charge
 * collected); a purchase still on an open tab is voided instead. A refund is recorded under the
 * purchase's row lock, so refunds never add up to more than the purchase, before any money moves;
 * then the ledger (and, to a card, the checkout zone, under a key named by the refund) moves it,
 * and it is DONE: a negative line of that day's settlement. A refund whose zone call got no answer
 * stays PENDING and {@link #settlePending} asks again with the same key.
 */
@ApplicationScoped
public class RefundService {

  private static final Logger LOG = Logger.getLogger(RefundService.class.getName());

  @Resource(lookup = "java:app/jdbc/penny")
  DataSource dataSource;

  private final LedgerAccounts accounts;
  private final LedgerWriter writer;
  private final CardCharges cards;
  private final Clock clock;

  @Inject
  public RefundService(
      LedgerAccounts accounts, LedgerWriter writer, CardCharges cards, Clock clock) {
    this.accounts = accounts;
    this.writer = writer;
    this.cards = cards;
    this.clock = clock;
  }

  protected RefundService() {
    this(null, null, null, null);
  }

  /** What a refund needs to know of its purchase. */
  private record Purchase(
      long id,
      String shopper,
      Money amount,
      String funding,
      String status,
      Long tabChargeId,
      Optional<String> paymentId,
      long refunded,
      long charged,
      long cardCovered,
      long refundedToCard) {}

  /**
   * Refunds {@code amount} of the store's purchase to {@code destination}. The same {@code key}
   * again answers with the first refund and moves nothing; with another amount or destination it is
   * a conflict.
   */
  public Refund refund(
      ActiveTenant store,
      long purchaseId,
      Money amount,
      RefundDestination destination,
      String key) {
    if (!amount.currency().equals(store.currency())) {
      throw new InvalidInputException(
          ErrorCode.CURRENCY_MISMATCH, List.of("Refunds are in the store's currency."));
    }
    if (!amount.isPositive()) {
      throw new InvalidInputException(
          ErrorCode.INVALID_AMOUNT, List.of("A refund is more than zero."));
    }
    Optional<Refund> earlier = byKey(store.id(), key);
    if (earlier.isPresent()) {
      return replay(earlier.get(), purchaseId, amount, destination);
    }
    Refund recorded;
    try {
      recorded = record(store, purchaseId, amount, destination, key);
    } catch (DuplicateKey e) {
      return replay(byKey(store.id(), key).orElseThrow(), purchaseId, amount, destination);
    }
    return move(store.id(), recorded);
  }

  private static Refund replay(
      Refund first, long purchaseId, Money amount, RefundDestination destination) {
    if (first.purchaseId() != purchaseId
        || !first.amount().equals(amount)
        || first.destination() != destination) {
      throw new LedgerRefusedException(
          ErrorCode.IDEMPOTENCY_CONFLICT, "This Idempotency-Key was used for another refund.");
    }
    return new Refund(
        first.id(),
        first.purchaseId(),
        first.amount(),
        first.destination(),
        first.status(),
        first.createdAt(),
        first.doneAt(),
        true);
  }

  private static final class DuplicateKey extends Exception {
    private static final long serialVersionUID = 1L;
  }

  private Refund record(
      ActiveTenant store, long purchaseId, Money amount, RefundDestination destination, String key)
      throws DuplicateKey {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        Purchase purchase =
            purchase(c, store.id(), purchaseId)
                .orElseThrow(
                    () ->
                        new ItemNotFoundException(
                            ErrorCode.PURCHASE_NOT_FOUND, "No such purchase"));
        // The same key sent twice at once: the second waited for the purchase's lock, and the
        // first refund is there now. It is that refund's replay, not a refund of what remains.
        if (keyRecorded(c, store.id(), key)) {
          c.rollback();
          throw new DuplicateKey();
        }
        check(purchase, amount, destination);
        String publicId = RandomTokens.publicId("ref_");
        Instant now = clock.instant();
        try (PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO micro_refund (public_id, tenant_id, purchase_id, request_key,"
                    + " amount_micros, currency, destination, status, created_at, payment_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)")) {
          insert.setString(1, publicId);
          insert.setLong(2, store.id());
          insert.setLong(3, purchaseId);
          insert.setString(4, key);
          insert.setLong(5, amount.micros());
          insert.setString(6, amount.currency().getCurrencyCode());
          insert.setString(7, destination.name());
          insert.setTimestamp(8, Timestamp.from(now));
          // The payment a card refund goes back to, as judged now under the purchase's lock.
          insert.setString(
              9, destination == RefundDestination.CARD ? purchase.paymentId().orElse(null) : null);
          insert.executeUpdate();
        } catch (SQLException e) {
          if ("23000".equals(e.getSQLState())) {
            c.rollback();
            throw new DuplicateKey();
          }
          throw e;
        }
        c.commit();
        return new Refund(
            publicId, purchaseId, amount, destination, "PENDING", now, Optional.empty(), false);
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not record the refund", e);
    }
  }

  private static boolean keyRecorded(Connection c, long tenantId, String key) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT 1 FROM micro_refund WHERE tenant_id = ? AND request_key = ? LOCK IN SHARE MODE")) {
      s.setLong(1, tenantId);
      s.setString(2, key);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static void check(Purchase purchase, Money amount, RefundDestination destination) {
    if (purchase.status().equals("VOIDED")) {
      throw new LedgerRefusedException(
          ErrorCode.REFUND_EXCEEDS_REMAINING,
          "This purchase was voided: nothing is left to refund.");
    }
    if (purchase.funding().equals("TAB")
        && purchase.tabChargeId() == null
        && purchase.charged() > 0) {
      // A card charge collected all of it but a sub-cent rest, which waits on the tab for the
      // next charge: neither voidable (the card has it) nor refundable yet (not wholly paid).
      throw new LedgerRefusedException(
          ErrorCode.PURCHASE_ON_OPEN_TAB,
          "A card charge collected this purchase but for a rest under a cent, which the tab's next"
              + " charge collects: it can be refunded once that is done.");
    }
    if (purchase.funding().equals("TAB") && purchase.tabChargeId() == null) {
      throw new LedgerRefusedException(
          ErrorCode.PURCHASE_ON_OPEN_TAB,
          "This purchase is still on the shopper's open tab: void it instead.");
    }
    if (!purchase.amount().currency().equals(amount.currency())) {
      throw new InvalidInputException(
          ErrorCode.CURRENCY_MISMATCH, List.of("Refunds are in the purchase's currency."));
    }
    long remaining = purchase.amount().micros() - purchase.refunded();
    if (amount.micros() > remaining) {
      throw new LedgerRefusedException(
          ErrorCode.REFUND_EXCEEDS_REMAINING,
          "At most "
              + Money.ofMicros(Math.max(remaining, 0), amount.currency()).toPlainString()
              + " of this purchase can still be refunded.");
    }
    if (destination == RefundDestination.CARD) {
      if (purchase.paymentId().isEmpty()) {
        throw new LedgerRefusedException(
            ErrorCode.REFUND_TO_CARD_UNAVAILABLE,
            "This purchase was paid from the wallet: refund it to the wallet.");
      }
      if (!amount.toMinorUnitsRoundingDown().remainder().isZero()) {
        throw new InvalidInputException(
            ErrorCode.INVALID_AMOUNT, List.of("A card is refunded whole cents."));
      }
      // Back to the card charge that collected most of the purchase, never more than that charge
      // collected of it (whole cents): a purchase two charges collected (a rest under a cent
      // carried to the next) is not refunded against a charge that took only its rest.
      Money covered =
          Money.ofMicros(purchase.cardCovered(), amount.currency())
              .toMinorUnitsRoundingDown()
              .charged();
      long card = covered.micros() - purchase.refundedToCard();
      if (amount.micros() > card) {
        throw new LedgerRefusedException(
            ErrorCode.REFUND_EXCEEDS_REMAINING,
            "At most "
                + Money.ofMicros(Math.max(card, 0), amount.currency()).toPlainString()
                + " of this purchase can go back to the card (what the card charge that collected"
                + " most of it took of it); refund the rest to the wallet.");
      }
    }
  }

  /** Moves a recorded refund's money; the refund as it then stands. */
  private Refund move(long tenantId, Refund refund) {
    Purchase purchase;
    try (Connection c = dataSource.getConnection()) {
      purchase = purchase(c, tenantId, refund.purchaseId()).orElseThrow();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the purchase", e);
    }
    Money amount = refund.amount();
    long store = accounts.open(AccountRef.store(tenantId, amount.currency()), OptionalLong.empty());
    if (refund.destination() == RefundDestination.WALLET) {
      long wallet =
          accounts.open(
              AccountRef.wallet(purchase.shopper(), amount.currency()), OptionalLong.of(0));
      post(refund, store, wallet);
      return mark(tenantId, refund, "DONE");
    }
    // The payment recorded with the refund (a later charge of the tab can change which one
    // collected most of the purchase); a refund recorded before the column, judged again.
    String paymentId =
        recordedPayment(tenantId, refund.id()).orElseGet(() -> purchase.paymentId().orElseThrow());
    CardCharges.RefundAnswer answer = cards.refund(paymentId, amount, "refund-" + refund.id());
    return switch (answer) {
      case DONE -> {
        long clearing =
            accounts.open(AccountRef.cardClearing(amount.currency()), OptionalLong.empty());
        post(refund, store, clearing);
        yield mark(tenantId, refund, "DONE");
      }
      case REFUSED -> mark(tenantId, refund, "FAILED");
      case NO_ANSWER -> refund;
    };
  }

  private Optional<String> recordedPayment(long tenantId, String refundId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT payment_id FROM micro_refund WHERE tenant_id = ? AND public_id = ?")) {
      s.setLong(1, tenantId);
      s.setString(2, refundId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the refund", e);
    }
  }

  private void post(Refund refund, long from, long to) {
    writer.post(
        Posting.transfer(
            "refund:" + refund.id(),
            Requests.fingerprint("refund", refund.id(), refund.amount()),
            TransferKind.COLLECTED_REFUND,
            from,
            to,
            refund.amount(),
            "Refund"));
  }

  private Refund mark(long tenantId, Refund refund, String status) {
    Instant now = clock.instant();
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE micro_refund SET status = ?, done_at = ? WHERE tenant_id = ?"
                    + " AND public_id = ? AND status = 'PENDING'")) {
      update.setString(1, status);
      update.setTimestamp(2, status.equals("DONE") ? Timestamp.from(now) : null);
      update.setLong(3, tenantId);
      update.setString(4, refund.id());
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not update the refund", e);
    }
    return byId(tenantId, refund.id()).orElseThrow();
  }

  /**
   * Moves on refunds left PENDING for over a minute (no answer from the zone, or a server that
   * stopped before moving the money): the ledger's key and the zone's key are the refund's, so
   * nothing moves twice. Across stores: each refund is done in its own store's name.
   */
  public int settlePending() {
    List<long[]> pending = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT tenant_id, public_id FROM micro_refund WHERE status = 'PENDING'"
                    + " AND created_at < ? ORDER BY id LIMIT 100")) {
      s.setTimestamp(1, Timestamp.from(clock.instant().minusSeconds(60)));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          pending.add(new long[] {rs.getLong(1)});
          ids.add(rs.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read pending refunds", e);
    }
    int moved = 0;
    for (int i = 0; i < ids.size(); i++) {
      long tenant = pending.get(i)[0];
      String id = ids.get(i);
      try {
        Refund after = move(tenant, byId(tenant, id).orElseThrow());
        moved += after.status().equals("PENDING") ? 0 : 1;
      } catch (RuntimeException e) {
        LOG.warning(() -> "Refund " + id + " still pending: " + e.getMessage());
      }
    }
    return moved;
  }

  /** The refunds of the store's purchase, oldest first. */
  public List<Refund> ofPurchase(long tenantId, long purchaseId) {
    return select("tenant_id = ? AND purchase_id = ? ORDER BY id", tenantId, purchaseId);
  }

  private Optional<Refund> byKey(long tenantId, String key) {
    return select("tenant_id = ? AND request_key = ?", tenantId, key).stream().findFirst();
  }

  private Optional<Refund> byId(long tenantId, String id) {
    return select("tenant_id = ? AND public_id = ?", tenantId, id).stream().findFirst();
  }

  private List<Refund> select(String where, Object... values) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT public_id, purchase_id, amount_micros, currency, destination, status,"
                    + " created_at, done_at FROM micro_refund WHERE "
                    + where)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      List<Refund> refunds = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          Timestamp done = rs.getTimestamp(8);
          refunds.add(
              new Refund(
                  rs.getString(1),
                  rs.getLong(2),
                  Money.ofMicros(rs.getLong(3), rs.getString(4)),
                  RefundDestination.valueOf(rs.getString(5)),
                  rs.getString(6),
                  rs.getTimestamp(7).toInstant(),
                  Optional.ofNullable(done).map(Timestamp::toInstant),
                  false));
        }
      }
      return refunds;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read refunds", e);
    }
  }

  /** The purchase, locked, with what its (not failed) refunds add up to so far. */
  private static Optional<Purchase> purchase(Connection c, long tenantId, long purchaseId)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT p.id, p.shopper, p.amount_micros, p.currency, p.funding, p.status,"
                + " p.tab_charge_id, p.charged_micros,"
                + " (SELECT COALESCE(SUM(r.amount_micros), 0) FROM micro_refund r"
                + "  WHERE r.tenant_id = p.tenant_id AND r.purchase_id = p.id"
                + "  AND r.status <> 'FAILED'),"
                + " (SELECT COALESCE(SUM(r.amount_micros), 0) FROM micro_refund r"
                + "  WHERE r.tenant_id = p.tenant_id AND r.purchase_id = p.id"
                + "  AND r.status <> 'FAILED' AND r.destination = 'CARD')"
                + " FROM micro_purchase p"
                + " WHERE p.tenant_id = ? AND p.id = ? FOR UPDATE")) {
      s.setLong(1, tenantId);
      s.setLong(2, purchaseId);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Long charge = rs.getObject(7) == null ? null : rs.getLong(7);
        Optional<CardCover> cover =
            charge == null ? Optional.empty() : largestCover(c, tenantId, purchaseId, charge);
        return Optional.of(
            new Purchase(
                rs.getLong(1),
                rs.getString(2),
                Money.ofMicros(rs.getLong(3), rs.getString(4)),
                rs.getString(5),
                rs.getString(6),
                charge,
                cover.map(CardCover::paymentId),
                rs.getLong(9),
                rs.getLong(8),
                cover.map(CardCover::covered).orElse(0L),
                rs.getLong(10)));
      }
    }
  }

  /** The card payment of a charge that collected part of a purchase, and how much of it. */
  private record CardCover(String paymentId, long covered) {}

  /**
   * Of the succeeded charges that collected a purchase (the one that finished it, {@code last}, and
   * those of the same tab just before: a rest under a cent is collected by the next cycle's
   * charge), the one that collected most of it.
   */
  private static Optional<CardCover> largestCover(
      Connection c, long tenantId, long purchaseId, long last) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT ch.payment_id, l.covered_micros FROM tab_charge fin"
                + " JOIN tab_charge ch ON ch.tab_account = fin.tab_account"
                + "  AND ch.cycle BETWEEN fin.cycle - 2 AND fin.cycle"
                + "  AND ch.status = 'SUCCEEDED' AND ch.payment_id IS NOT NULL"
                + " JOIN tab_charge_line l"
                + "  ON l.tenant_id = ? AND l.charge_id = ch.id AND l.purchase_id = ?"
                + " WHERE fin.id = ?"
                + " ORDER BY l.covered_micros DESC, ch.id LIMIT 1")) {
      s.setLong(1, tenantId);
      s.setLong(2, purchaseId);
      s.setLong(3, last);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next()
            ? Optional.of(new CardCover(rs.getString(1), rs.getLong(2)))
            : Optional.empty();
      }
    }
  }
}
