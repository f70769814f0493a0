package dev.penny.payments.spending;

import dev.penny.money.Money;
import dev.penny.payments.ledger.LedgerRefusedException;
import dev.penny.payments.ledger.Posting;
import dev.penny.payments.purchase.Funding;
import dev.penny.platform.cluster.FromAnotherServer;
import dev.penny.platform.crypto.RandomTokens;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.InvalidInputException;
import dev.penny.platform.tenancy.ActiveTenant;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;

/**
 * Creates, lists, revokes and checks spending keys. A check reads the key again after at most a
 * second, so a revoked key stops within a second on every server; at once on the server that
 * revoked it, and on the cluster's others as soon as they hear of it ({@link SpendingKeyRevoked}).
 */
@ApplicationScoped
public class SpendingKeyService {

  /** The highest daily cap a shopper may give a key: the most a wallet can hold. */
  public static final long MAX_DAILY_CAP_MICROS = 500_000_000L;

  public static final int MAX_KEYS = 20;

  /**
   * How long a key read from the database is used without reading it again. A revocation does not
   * wait for it: the server that revokes forgets the key at once, the others hear of it within
   * milliseconds ({@link SpendingKeyRevoked}, cluster-wide), and the ledger refuses a revoked key
   * in the transaction that would spend with it, whatever a cache says.
   */
  private static final Duration FRESH = Duration.ofSeconds(60);

  @Resource(lookup = "java:app/jdbc/penny")
  DataSource dataSource;

  private final SpendingKeySecrets secrets;
  private final Clock clock;
  private final Event<SpendingKeyRevoked> revokedKeys;
  private final ConcurrentMap<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(Optional<SpendingKey> key, Instant readAt) {}

  /** A new key and its secret, which is shown this once. */
  public record Created(SpendingKey key, String secret) {}

  @Inject
  public SpendingKeyService(
      SpendingKeySecrets secrets, Clock clock, Event<SpendingKeyRevoked> revokedKeys) {
    this.secrets = secrets;
    this.clock = clock;
    this.revokedKeys = revokedKeys;
  }

  protected SpendingKeyService() {
    this(null, null, null);
  }

  void forgetRevokedElsewhere(
      @Observes(notifyObserver = Reception.IF_EXISTS) @FromAnotherServer
          SpendingKeyRevoked revoked) {
    cache.remove(revoked.publicId());
  }

  public Created create(
      String shopper, String label, Money dailyCap, Funding funding, OptionalLong storeId) {
    String name = label == null ? "" : label.replaceAll("\\p{Cc}", " ").strip();
    if (name.isEmpty() || name.length() > 80) {
      throw new InvalidInputException(
          ErrorCode.INVALID_INPUT, List.of("Name the key (1 to 80 characters)."));
    }
    if (!dailyCap.isPositive() || dailyCap.micros() > MAX_DAILY_CAP_MICROS) {
      throw new InvalidInputException(
          ErrorCode.INVALID_AMOUNT, List.of("A daily cap is above zero and at most 500.00."));
    }
    String publicId = "spk_" + RandomTokens.hex(12);
    Instant now = clock.instant();
    try (Connection connection = dataSource.getConnection()) {
      // One creation per shopper at a time (on every server: a lock of the database's), so that
      // the count and the insert cannot interleave with another's and pass the limit together.
      String lock =
          "penny-keys:"
              + dev.penny.platform.idempotency.IdempotencyKeys.hash(shopper).substring(0, 40);
      if (!namedLock(connection, "SELECT GET_LOCK(?, 10)", lock)) {
        throw new SpendingKeysBusyException();
      }
      try {
        if (activeKeys(connection, shopper) >= MAX_KEYS) {
          throw new InvalidInputException(
              ErrorCode.INVALID_INPUT, List.of("Revoke a key first: at most 20 keys are active."));
        }
        try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO spending_key (public_id, shopper, label, daily_cap_micros, currency,"
                    + " funding, store_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
          insert.setString(1, publicId);
          insert.setString(2, shopper);
          insert.setString(3, name);
          insert.setLong(4, dailyCap.micros());
          insert.setString(5, dailyCap.currency().getCurrencyCode());
          insert.setString(6, funding.name());
          insert.setObject(7, storeId.isPresent() ? storeId.getAsLong() : null);
          insert.setTimestamp(8, Timestamp.from(now));
          insert.executeUpdate();
        }
      } finally {
        namedLock(connection, "SELECT RELEASE_LOCK(?)", lock);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the spending key", e);
    }
    SpendingKey key = find(publicId).orElseThrow();
    return new Created(key, secrets.secretOf(publicId));
  }

  private static boolean namedLock(Connection connection, String sql, String name)
      throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setString(1, name);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() && rs.getInt(1) == 1;
      }
    }
  }

  private static long activeKeys(Connection connection, String shopper) throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT COUNT(*) FROM spending_key WHERE shopper = ? AND revoked_at IS NULL")) {
      s.setString(1, shopper);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  public List<SpendingKey> list(String shopper) {
    return select("shopper = ? ORDER BY id DESC", shopper);
  }

  /** Revokes one of the shopper's keys; false if they have no such key. */
  public boolean revoke(String shopper, String publicId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE spending_key SET revoked_at = ? WHERE public_id = ? AND shopper = ?"
                    + " AND revoked_at IS NULL")) {
      update.setTimestamp(1, Timestamp.from(clock.instant()));
      update.setString(2, publicId);
      update.setString(3, shopper);
      boolean revoked = update.executeUpdate() == 1;
      cache.remove(publicId);
      revokedKeys.fire(new SpendingKeyRevoked(publicId));
      return revoked || find(publicId).filter(k -> k.shopper().equals(shopper)).isPresent();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not revoke the spending key", e);
    }
  }

  /** The key a secret belongs to, if the secret is right and the key not revoked. */
  public SpendingKey authenticate(String secret) {
    String publicId =
        SpendingKeySecrets.keyIdOf(secret)
            .orElseThrow(
                () ->
                    new LedgerRefusedException(
                        ErrorCode.INVALID_SPENDING_KEY, "Not a spending key."));
    if (!secrets.matches(publicId, secret)) {
      throw new LedgerRefusedException(ErrorCode.INVALID_SPENDING_KEY, "Not a spending key.");
    }
    return usable(publicId);
  }

  /** A key by id that may pay now (exists, not revoked). */
  public SpendingKey usable(String publicId) {
    SpendingKey key =
        fresh(publicId)
            .orElseThrow(
                () ->
                    new LedgerRefusedException(
                        ErrorCode.INVALID_SPENDING_KEY, "No such spending key."));
    if (key.isRevoked()) {
      throw new LedgerRefusedException(
          ErrorCode.SPENDING_KEY_REVOKED, "This spending key was revoked.");
    }
    return key;
  }

  /**
   * Refuses a key limited to another store: it neither pays nor reads the wallet and tab here (403
   * {@code spending_key_other_store}).
   */
  public void requireUsableIn(SpendingKey key, ActiveTenant store) {
    if (key.storeId().isPresent() && key.storeId().getAsLong() != store.id()) {
      throw new LedgerRefusedException(
          ErrorCode.SPENDING_KEY_OTHER_STORE, "This spending key is for another store.");
    }
  }

  /** What paying with this key in this store counts against: its cap for the store today. */
  public Posting.KeySpend spendIn(SpendingKey key, ActiveTenant store) {
    requireUsableIn(key, store);
    if (!key.dailyCap().currency().equals(store.currency())) {
      throw new InvalidInputException(
          ErrorCode.CURRENCY_MISMATCH,
          List.of(
              "This key pays in "
                  + key.dailyCap().currency().getCurrencyCode()
                  + "; this store sells in "
                  + store.currency().getCurrencyCode()
                  + ". Create a key on this store's wallet page."));
    }
    return new Posting.KeySpend(
        key.id(),
        store.id(),
        clock.instant().atZone(ZoneOffset.UTC).toLocalDate(),
        key.dailyCap().micros());
  }

  public Optional<SpendingKey> find(String publicId) {
    return select("public_id = ?", publicId).stream().findFirst();
  }

  private Optional<SpendingKey> fresh(String publicId) {
    Instant now = clock.instant();
    Cached cached = cache.get(publicId);
    if (cached != null && cached.readAt.plus(FRESH).isAfter(now) && !cached.readAt.isAfter(now)) {
      return cached.key;
    }
    Optional<SpendingKey> key = find(publicId);
    if (cache.size() > 10_000) {
      cache.clear();
    }
    cache.put(publicId, new Cached(key, now));
    return key;
  }

  private List<SpendingKey> select(String where, String value) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT id, public_id, shopper, label, daily_cap_micros, currency, funding,"
                    + " store_id, created_at, revoked_at FROM spending_key WHERE "
                    + where)) {
      select.setString(1, value);
      List<SpendingKey> keys = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          long store = rs.getLong(8);
          boolean noStore = rs.wasNull();
          Timestamp revoked = rs.getTimestamp(10);
          keys.add(
              new SpendingKey(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  Money.ofMicros(rs.getLong(5), rs.getString(6)),
                  Funding.valueOf(rs.getString(7)),
                  noStore ? OptionalLong.empty() : OptionalLong.of(store),
                  rs.getTimestamp(9).toInstant(),
                  Optional.ofNullable(revoked).map(Timestamp::toInstant)));
        }
      }
      return keys;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read spending keys", e);
    }
  }
}
