package dev.penny.payments.ledger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The baseline the benchmark compares the group-committing {@link LedgerWriter} with: the same
 * rules ({@link Books}) and the same rows, but one JPA transaction per charge, as a ledger is
 * usually first written. Only the benchmark calls it, and only where {@code
 * penny.bench.naive-ledger=true}; it takes plain charges (no unlocks, nonces or voids). Transfer
 * ids are reserved outside the charge's transaction, as the writer reserves them.
 */
@ApplicationScoped
public class NaiveLedger {

  private final NaiveLedgerTransaction transaction;

  @Resource(lookup = "java:app/jdbc/penny")
  DataSource dataSource;

  private TransferIds ids;

  @Inject
  public NaiveLedger(NaiveLedgerTransaction transaction) {
    this.transaction = transaction;
  }

  protected NaiveLedger() {
    this(null);
  }

  public Posted post(Posting posting) {
    long id = nextId();
    try {
      return transaction.post(posting, id);
    } catch (PersistenceException e) {
      // The same key posted at the same moment by another request: its answer is the answer.
      return transaction.replayOf(posting).orElseThrow(() -> e);
    }
  }

  private synchronized long nextId() {
    try {
      if (ids == null) {
        ids = new TransferIds(dataSource);
      }
      return ids.next();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not reserve transfer ids", e);
    }
  }
}
