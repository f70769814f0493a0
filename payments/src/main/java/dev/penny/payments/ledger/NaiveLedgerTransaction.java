package dev.penny.payments.ledger;

import dev.penny.platform.problem.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One charge of {@link NaiveLedger} in one JPA transaction, under an id reserved before it. */
@ApplicationScoped
public class NaiveLedgerTransaction {

  private final EntityManager em;
  private final Clock clock;

  @Inject
  public NaiveLedgerTransaction(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  protected NaiveLedgerTransaction() {
    this(null, null);
  }

  /** The first answer to the posting's key, if it was posted. */
  @Transactional
  public java.util.Optional<Posted> replayOf(Posting posting) {
    List<?> earlier =
        em.createNativeQuery(
                "SELECT id, request_hash, created_at FROM ledger_transfer WHERE idem_key = ?1")
            .setParameter(1, posting.key())
            .getResultList();
    if (earlier.isEmpty()) {
      return java.util.Optional.empty();
    }
    Object[] row = (Object[]) earlier.get(0);
    if (!posting.requestHash().equals(row[1])) {
      throw new LedgerRefusedException(ErrorCode.IDEMPOTENCY_CONFLICT);
    }
    return java.util.Optional.of(new Posted(((Number) row[0]).longValue(), instant(row[2]), true));
  }

  @Transactional
  public Posted post(Posting posting, long id) {
    if (posting.nonce().isPresent()
        || posting.reverses().isPresent()
        || posting.purchase().filter(PurchaseRecord::unlocksContent).isPresent()) {
      throw new IllegalArgumentException("The naive ledger takes plain charges only");
    }
    Instant now = Sql.now(clock);
    java.util.Optional<Posted> earlier = replayOf(posting);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    List<Books.Account> accounts = new ArrayList<>();
    for (Object o :
        em.createNativeQuery(
                "SELECT id, kind, currency, balance_micros, floor_micros, locked, closed"
                    + " FROM ledger_account WHERE id IN (?1, ?2) ORDER BY id FOR UPDATE")
            .setParameter(1, posting.debit())
            .setParameter(2, posting.credit())
            .getResultList()) {
      Object[] r = (Object[]) o;
      accounts.add(
          new Books.Account(
              ((Number) r[0]).longValue(),
              AccountKind.valueOf((String) r[1]),
              (String) r[2],
              ((Number) r[3]).longValue(),
              r[4] == null ? null : ((Number) r[4]).longValue(),
              flag(r[5]),
              flag(r[6])));
    }
    Map<Books.SpendDay, Long> spent = new java.util.HashMap<>();
    posting
        .spend()
        .ifPresent(
            s -> {
              List<?> day =
                  em.createNativeQuery(
                          "SELECT spent_micros FROM spending_key_day WHERE key_id = ?1"
                              + " AND tenant_id = ?2 AND day = ?3 FOR UPDATE")
                      .setParameter(1, s.keyId())
                      .setParameter(2, s.tenantId())
                      .setParameter(3, s.day())
                      .getResultList();
              if (!day.isEmpty()) {
                spent.put(
                    new Books.SpendDay(s.keyId(), s.tenantId(), s.day()),
                    ((Number) day.get(0)).longValue());
              }
            });
    Books books = new Books(accounts, Map.of(), spent, Set.of(), Set.of());
    books
        .post(posting, now)
        .ifPresent(
            code -> {
              throw new LedgerRefusedException(code);
            });
    long amount = posting.amount().micros();
    String currency = posting.amount().currency().getCurrencyCode();
    em.createNativeQuery(
            "INSERT INTO ledger_transfer (id, idem_key, request_hash, kind, debit_account,"
                + " credit_account, amount_micros, currency, store_id, memo, created_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
        .setParameter(1, id)
        .setParameter(2, posting.key())
        .setParameter(3, posting.requestHash())
        .setParameter(4, posting.kind().name())
        .setParameter(5, posting.debit())
        .setParameter(6, posting.credit())
        .setParameter(7, amount)
        .setParameter(8, currency)
        .setParameter(9, posting.storeId().isPresent() ? posting.storeId().getAsLong() : null)
        .setParameter(10, posting.memo())
        .setParameter(11, Timestamp.from(now))
        .executeUpdate();
    move(posting.debit(), -amount);
    move(posting.credit(), amount);
    posting
        .purchase()
        .ifPresent(
            r ->
                em.createNativeQuery(
                        "INSERT INTO micro_purchase (id, tenant_id, shopper, kind, item_id,"
                            + " item_title, note, amount_micros, currency, funding, channel,"
                            + " status, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
                            + " ?10, ?11, 'ACTIVE', ?12)")
                    .setParameter(1, id)
                    .setParameter(2, r.tenantId())
                    .setParameter(3, r.shopper())
                    .setParameter(4, r.kind())
                    .setParameter(5, r.itemId().isPresent() ? r.itemId().getAsLong() : null)
                    .setParameter(6, r.itemTitle())
                    .setParameter(7, r.note().orElse(null))
                    .setParameter(8, amount)
                    .setParameter(9, currency)
                    .setParameter(10, r.funding())
                    .setParameter(11, r.channel())
                    .setParameter(12, Timestamp.from(now))
                    .executeUpdate());
    posting
        .spend()
        .ifPresent(
            s ->
                em.createNativeQuery(
                        "INSERT INTO spending_key_day (key_id, tenant_id, day, spent_micros)"
                            + " VALUES (?1, ?2, ?3, ?4)"
                            + " ON DUPLICATE KEY UPDATE spent_micros = spent_micros + ?4")
                    .setParameter(1, s.keyId())
                    .setParameter(2, s.tenantId())
                    .setParameter(3, s.day())
                    .setParameter(4, amount)
                    .executeUpdate());
    return new Posted(id, now, false);
  }

  private void move(long account, long change) {
    em.createNativeQuery(
            "UPDATE ledger_account SET balance_micros = balance_micros + ?1 WHERE id = ?2")
        .setParameter(1, change)
        .setParameter(2, account)
        .executeUpdate();
  }

  private static Instant instant(Object value) {
    return value instanceof Timestamp t ? t.toInstant() : (Instant) value;
  }

  /** A BOOLEAN column as the driver hands it over (a Boolean, or a number from TINYINT). */
  private static boolean flag(Object value) {
    return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
  }
}
