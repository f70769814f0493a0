package dev.penny.payments.ledger;

import dev.penny.payments.Statements;
import dev.penny.platform.problem.ErrorCode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One group commit: reads and locks everything the postings touch (accounts in id order, holdings,
 * spending-key days, voidable purchases), decides each posting in order with {@link Books}, and
 * writes the accepted ones with a handful of multi-row statements, in the caller's transaction.
 */
final class LedgerBatch {

  /** What became of one posting. */
  record Outcome(Optional<Posted> posted, Optional<ErrorCode> refusal) {
    static Outcome posted(Posted posted) {
      return new Outcome(Optional.of(posted), Optional.empty());
    }

    static Outcome refused(ErrorCode code) {
      return new Outcome(Optional.empty(), Optional.of(code));
    }
  }

  private final Connection connection;
  private final TransferIds ids;

  LedgerBatch(Connection connection, TransferIds ids) {
    this.connection = connection;
    this.ids = ids;
  }

  List<Outcome> run(List<Posting> postings, Instant now) throws SQLException {
    Outcome[] outcomes = new Outcome[postings.size()];
    Map<String, Integer> firstWithKey = new HashMap<>();
    Map<String, Earlier> earlier = earlier(postings);
    List<Integer> fresh = new ArrayList<>();
    for (int i = 0; i < postings.size(); i++) {
      Posting posting = postings.get(i);
      Earlier before = earlier.get(posting.key());
      if (before != null) {
        outcomes[i] =
            before.hash.equals(posting.requestHash())
                ? Outcome.posted(new Posted(before.id, before.at, true))
                : Outcome.refused(ErrorCode.IDEMPOTENCY_CONFLICT);
      } else if (firstWithKey.containsKey(posting.key())) {
        outcomes[i] = null; // answered after the first one with the key (below)
      } else {
        firstWithKey.put(posting.key(), i);
        fresh.add(i);
      }
    }
    Books books = load(fresh.stream().map(postings::get).toList());
    List<Accepted> accepted = new ArrayList<>();
    for (int i : fresh) {
      Posting posting = postings.get(i);
      Optional<ErrorCode> refusal = books.post(posting, now);
      if (refusal.isPresent()) {
        outcomes[i] = Outcome.refused(refusal.get());
      } else {
        long id = ids.next();
        accepted.add(new Accepted(id, posting));
        outcomes[i] = Outcome.posted(new Posted(id, now, false));
      }
    }
    write(accepted, books, now);
    for (int i = 0; i < postings.size(); i++) {
      if (outcomes[i] == null) {
        Posting posting = postings.get(i);
        int first = firstWithKey.get(posting.key());
        Outcome firstOutcome = outcomes[first];
        outcomes[i] =
            !postings.get(first).requestHash().equals(posting.requestHash())
                ? Outcome.refused(ErrorCode.IDEMPOTENCY_CONFLICT)
                : firstOutcome.posted().isPresent()
                    ? Outcome.posted(
                        new Posted(firstOutcome.posted().get().transferId(), now, true))
                    : firstOutcome;
      }
    }
    return List.of(outcomes);
  }

  private record Earlier(long id, String hash, Instant at) {}

  private record Accepted(long id, Posting posting) {}

  private Map<String, Earlier> earlier(List<Posting> postings) throws SQLException {
    Set<String> keys = new LinkedHashSet<>();
    postings.forEach(p -> keys.add(p.key()));
    Map<String, Earlier> found = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT idem_key, id, request_hash, created_at FROM ledger_transfer WHERE idem_key IN ("
                + Statements.marks(keys.size())
                + ")")) {
      Statements.bind(select, new ArrayList<>(keys));
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          found.put(
              rs.getString(1),
              new Earlier(rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
        }
      }
    }
    return found;
  }

  private Books load(List<Posting> postings) throws SQLException {
    if (postings.isEmpty()) {
      return new Books(List.of(), Map.of(), Map.of(), Set.of(), Set.of());
    }
    return new Books(
        accounts(postings),
        holdings(postings),
        spent(postings),
        nonces(postings),
        voidable(postings),
        revokedKeys(postings));
  }

  /** The batch's spending keys that are revoked by now (the servers' caches may not know yet). */
  private Set<Long> revokedKeys(List<Posting> postings) throws SQLException {
    List<Object> ids =
        new ArrayList<>(
            new TreeSet<>(
                postings.stream()
                    .flatMap(p -> p.spend().stream())
                    .map(Posting.KeySpend::keyId)
                    .toList()));
    return firstColumn(
        "SELECT id FROM spending_key WHERE id IN (%s) AND revoked_at IS NOT NULL", ids, Long.class);
  }

  /**
   * The first column of the rows {@code select} answers, its {@code IN (%s)} holding {@code
   * values}; nothing is asked when there are none.
   */
  private <T> Set<T> firstColumn(String select, List<Object> values, Class<T> type)
      throws SQLException {
    Set<T> found = new HashSet<>();
    if (values.isEmpty()) {
      return found;
    }
    try (PreparedStatement statement =
        connection.prepareStatement(select.formatted(Statements.marks(values.size())))) {
      Statements.bind(statement, values);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          found.add(rs.getObject(1, type));
        }
      }
    }
    return found;
  }

  private List<Books.Account> accounts(List<Posting> postings) throws SQLException {
    TreeSet<Long> ids = new TreeSet<>();
    postings.forEach(
        p -> {
          ids.add(p.debit());
          ids.add(p.credit());
        });
    List<Books.Account> accounts = new ArrayList<>();
    // Locked in id order, so two servers' batches never wait on each other in a circle.
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, kind, currency, balance_micros, floor_micros, locked, closed"
                + " FROM ledger_account"
                + " WHERE id IN ("
                + Statements.marks(ids.size())
                + ") ORDER BY id FOR UPDATE")) {
      Statements.bind(select, new ArrayList<>(ids));
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          long floor = rs.getLong(5);
          Long floorOrNone = rs.wasNull() ? null : floor;
          accounts.add(
              new Books.Account(
                  rs.getLong(1),
                  AccountKind.valueOf(rs.getString(2)),
                  rs.getString(3),
                  rs.getLong(4),
                  floorOrNone,
                  rs.getBoolean(6),
                  rs.getBoolean(7)));
        }
      }
    }
    return accounts;
  }

  private Map<Books.Holding, Instant> holdings(List<Posting> postings) throws SQLException {
    Set<Books.Holding> wanted = new LinkedHashSet<>();
    for (Posting p : postings) {
      p.purchase()
          .filter(PurchaseRecord::unlocksContent)
          .ifPresent(
              r ->
                  wanted.add(new Books.Holding(r.tenantId(), r.shopper(), r.itemId().getAsLong())));
    }
    Map<Books.Holding, Instant> held = new HashMap<>();
    if (wanted.isEmpty()) {
      return held;
    }
    List<Object> values = new ArrayList<>();
    wanted.forEach(
        h -> {
          values.add(h.tenantId());
          values.add(h.shopper());
          values.add(h.contentId());
        });
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT tenant_id, shopper, content_id, expires_at FROM entitlement"
                + " WHERE "
                + Sql.anyOf(wanted.size(), "tenant_id", "shopper", "content_id")
                + " FOR UPDATE")) {
      Statements.bind(select, values);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          Timestamp expires = rs.getTimestamp(4);
          held.put(
              new Books.Holding(rs.getLong(1), rs.getString(2), rs.getLong(3)),
              expires == null ? Instant.MAX : expires.toInstant());
        }
      }
    }
    return held;
  }

  private Map<Books.SpendDay, Long> spent(List<Posting> postings) throws SQLException {
    Set<Books.SpendDay> wanted = new LinkedHashSet<>();
    postings.forEach(
        p ->
            p.spend()
                .ifPresent(s -> wanted.add(new Books.SpendDay(s.keyId(), s.tenantId(), s.day()))));
    Map<Books.SpendDay, Long> spent = new HashMap<>();
    if (wanted.isEmpty()) {
      return spent;
    }
    List<Object> values = new ArrayList<>();
    wanted.forEach(
        d -> {
          values.add(d.keyId());
          values.add(d.tenantId());
          values.add(Date.valueOf(d.day()));
        });
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT key_id, tenant_id, day, spent_micros FROM spending_key_day"
                + " WHERE "
                + Sql.anyOf(wanted.size(), "key_id", "tenant_id", "day")
                + " FOR UPDATE")) {
      Statements.bind(select, values);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          spent.put(
              new Books.SpendDay(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate()),
              rs.getLong(4));
        }
      }
    }
    return spent;
  }

  private Set<String> nonces(List<Posting> postings) throws SQLException {
    List<Object> wanted = new ArrayList<>();
    postings.forEach(p -> p.nonce().ifPresent(wanted::add));
    return firstColumn(
        "SELECT nonce FROM ledger_transfer WHERE nonce IN (%s)", wanted, String.class);
  }

  /**
   * The purchases these postings take back that may still be: active, in no card charge (not one
   * under way, nor one that collected part of it), and paid the way the posting returns the money
   * (a void to the tab, a refund to the wallet). A line a charge has claimed is the card's: a void
   * now would give the tab back what the card is about to collect.
   */
  private Set<Long> voidable(List<Posting> postings) throws SQLException {
    Map<Long, String> wanted = new LinkedHashMap<>();
    for (Posting p : postings) {
      if (p.reverses().isPresent()) {
        wanted.put(p.reverses().getAsLong(), p.kind() == TransferKind.VOID ? "TAB" : "WALLET");
      }
    }
    Set<Long> voidable = new HashSet<>();
    if (wanted.isEmpty()) {
      return voidable;
    }
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, funding FROM micro_purchase WHERE id IN ("
                + Statements.marks(wanted.size())
                + ") AND status = 'ACTIVE' AND tab_charge_id IS NULL AND charged_micros = 0"
                + " FOR UPDATE")) {
      Statements.bind(select, new ArrayList<>(wanted.keySet()));
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          if (rs.getString(2).equals(wanted.get(rs.getLong(1)))) {
            voidable.add(rs.getLong(1));
          }
        }
      }
    }
    return voidable;
  }

  private void write(List<Accepted> accepted, Books books, Instant now) throws SQLException {
    if (accepted.isEmpty()) {
      return;
    }
    insertTransfers(accepted, now);
    updateBalances(books.balanceChanges());
    insertPurchases(accepted, now);
    upsertHoldings(accepted);
    takeBack(accepted);
    upsertSpend(books.spendTotals());
  }

  private void insertTransfers(List<Accepted> accepted, Instant now) throws SQLException {
    List<Object> values = new ArrayList<>();
    for (Accepted a : accepted) {
      Posting p = a.posting();
      values.add(a.id());
      values.add(p.key());
      values.add(p.requestHash());
      values.add(p.kind().name());
      values.add(p.debit());
      values.add(p.credit());
      values.add(p.amount().micros());
      values.add(p.amount().currency().getCurrencyCode());
      values.add(p.storeId().isPresent() ? p.storeId().getAsLong() : null);
      values.add(p.memo());
      values.add(p.reverses().isPresent() ? p.reverses().getAsLong() : null);
      values.add(p.nonce().orElse(null));
      values.add(now);
    }
    execute(
        "INSERT INTO ledger_transfer (id, idem_key, request_hash, kind, debit_account,"
            + " credit_account, amount_micros, currency, store_id, memo, reverses, nonce,"
            + " created_at) VALUES "
            + Sql.rows(accepted.size(), 13),
        values);
  }

  private void updateBalances(Map<Long, Long> changes) throws SQLException {
    if (changes.isEmpty()) {
      return;
    }
    StringBuilder sql = new StringBuilder("UPDATE ledger_account SET balance_micros = CASE id");
    List<Object> values = new ArrayList<>();
    for (Map.Entry<Long, Long> change : changes.entrySet()) {
      sql.append(" WHEN ? THEN balance_micros + ?");
      values.add(change.getKey());
      values.add(change.getValue());
    }
    sql.append(" END WHERE id IN (").append(Statements.marks(changes.size())).append(")");
    values.addAll(changes.keySet());
    execute(sql.toString(), values);
  }

  private void insertPurchases(List<Accepted> accepted, Instant now) throws SQLException {
    List<Object> values = new ArrayList<>();
    int rows = 0;
    for (Accepted a : accepted) {
      if (a.posting().purchase().isEmpty() || a.posting().kind() != TransferKind.PURCHASE) {
        continue;
      }
      PurchaseRecord r = a.posting().purchase().get();
      values.add(a.id());
      values.add(r.tenantId());
      values.add(r.shopper());
      values.add(r.kind());
      values.add(r.itemId().isPresent() ? r.itemId().getAsLong() : null);
      values.add(r.itemTitle());
      values.add(r.note().orElse(null));
      values.add(a.posting().amount().micros());
      values.add(a.posting().amount().currency().getCurrencyCode());
      values.add(r.funding());
      values.add(r.channel());
      values.add("ACTIVE");
      values.add(r.expiresAt().orElse(null));
      values.add(now);
      rows++;
    }
    if (rows > 0) {
      execute(
          "INSERT INTO micro_purchase (id, tenant_id, shopper, kind, item_id, item_title, note,"
              + " amount_micros, currency, funding, channel, status, expires_at, created_at)"
              + " VALUES "
              + Sql.rows(rows, 14),
          values);
    }
  }

  private void upsertHoldings(List<Accepted> accepted) throws SQLException {
    List<Object> values = new ArrayList<>();
    int rows = 0;
    for (Accepted a : accepted) {
      Optional<PurchaseRecord> unlock =
          a.posting().purchase().filter(PurchaseRecord::unlocksContent);
      if (unlock.isEmpty() || a.posting().kind() != TransferKind.PURCHASE) {
        continue;
      }
      values.add(unlock.get().tenantId());
      values.add(unlock.get().shopper());
      values.add(unlock.get().itemId().getAsLong());
      values.add(a.id());
      values.add(unlock.get().expiresAt().orElse(null));
      rows++;
    }
    if (rows > 0) {
      execute(
          "INSERT INTO entitlement (tenant_id, shopper, content_id, purchase_id, expires_at)"
              + " VALUES "
              + Sql.rows(rows, 5)
              + " ON DUPLICATE KEY UPDATE purchase_id = VALUES(purchase_id),"
              + " expires_at = VALUES(expires_at)",
          values);
    }
  }

  /** A void or refund marks its purchase voided and ends what it unlocked. */
  private void takeBack(List<Accepted> accepted) throws SQLException {
    List<Object> purchases = new ArrayList<>();
    List<Object> holdings = new ArrayList<>();
    for (Accepted a : accepted) {
      if (a.posting().reverses().isPresent()) {
        long purchase = a.posting().reverses().getAsLong();
        purchases.add(purchase);
        holdings.add(a.posting().storeId().orElseThrow());
        holdings.add(purchase);
      }
    }
    if (purchases.isEmpty()) {
      return;
    }
    execute(
        "UPDATE micro_purchase SET status = 'VOIDED' WHERE id IN ("
            + Statements.marks(purchases.size())
            + ")",
        purchases);
    execute(
        "DELETE FROM entitlement WHERE (tenant_id, purchase_id) IN ("
            + Sql.rows(purchases.size(), 2)
            + ")",
        holdings);
  }

  private void upsertSpend(Map<Books.SpendDay, Long> totals) throws SQLException {
    if (totals.isEmpty()) {
      return;
    }
    List<Object> values = new ArrayList<>();
    totals.forEach(
        (day, total) -> {
          values.add(day.keyId());
          values.add(day.tenantId());
          values.add(Date.valueOf(day.day()));
          values.add(total);
        });
    execute(
        "INSERT INTO spending_key_day (key_id, tenant_id, day, spent_micros) VALUES "
            + Sql.rows(totals.size(), 4)
            + " ON DUPLICATE KEY UPDATE spent_micros = VALUES(spent_micros)",
        values);
  }

  private void execute(String sql, List<Object> values) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      Statements.bind(statement, values);
      statement.executeUpdate();
    }
  }
}
