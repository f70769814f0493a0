package dev.penny.payments.ledger;

import dev.penny.platform.problem.ErrorCode;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Posts transfers with group commit: callers queue their postings and wait; one writer thread takes
 * everything queued (up to {@value #MAX_BATCH}), decides and writes it in ONE database transaction
 * ({@link LedgerBatch}), commits once, and answers every caller. Under load a commit carries
 * hundreds of transfers, which is what makes thousands of micro-charges a second possible; alone, a
 * transfer waits for nothing.
 *
 * <p>Safety does not rest on there being one writer: the batch locks the rows it reads ({@code FOR
 * UPDATE}, accounts in id order), so writers on several servers serialize on the database, and the
 * CHECK on account floors and the unique keys (idempotency key, nonce, holding) refuse anything
 * that slipped past. If a batch fails as a whole, each posting is tried again on its own, so one
 * bad posting costs only itself.
 */
@ApplicationScoped
public class LedgerWriter {

  static final int MAX_BATCH = 500;
  private static final Logger LOG = Logger.getLogger(LedgerWriter.class.getName());
  private static final long ANSWER_TIMEOUT_SECONDS = 20;

  @Resource(lookup = "java:app/jdbc/penny")
  DataSource dataSource;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  /** The writer thread's own connection (only that thread touches it). */
  private Connection writerConnection;

  private final Clock clock;
  private final BlockingQueue<Queued> queue = new ArrayBlockingQueue<>(50_000);
  private volatile Thread worker;
  private volatile boolean stopping;
  private TransferIds ids;

  @Inject
  public LedgerWriter(Clock clock) {
    this.clock = clock;
  }

  protected LedgerWriter() {
    this(null);
  }

  private record Queued(Posting posting, CompletableFuture<Posted> answer) {}

  /**
   * Posts the transfer and answers once it is committed: its id, or the first answer to its key.
   *
   * @throws LedgerRefusedException when the rules refuse it (nothing moved)
   * @throws LedgerUnavailableException when no answer came in time; the outcome is then unknown and
   *     the same key must be sent again to learn it
   */
  public Posted post(Posting posting) {
    CompletableFuture<Posted> answer = new CompletableFuture<>();
    startIfNeeded();
    if (!queue.offer(new Queued(posting, answer))) {
      throw new LedgerUnavailableException("The ledger is busy; try again with the same key.");
    }
    try {
      return answer.get(ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new LedgerUnavailableException("The ledger failed; try again with the same key.");
    } catch (TimeoutException e) {
      throw new LedgerUnavailableException(
          "The ledger did not answer in time; send the same key again to learn the outcome.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LedgerUnavailableException("Interrupted; send the same key again.");
    }
  }

  private synchronized void startIfNeeded() {
    if (worker != null) {
      return;
    }
    ids = new TransferIds(dataSource);
    Thread thread = threads.newThread(this::run);
    thread.setName("penny-ledger-writer");
    thread.setDaemon(true);
    worker = thread;
    thread.start();
  }

  @PreDestroy
  void stop() {
    stopping = true;
    Thread thread = worker;
    if (thread != null) {
      thread.interrupt();
    }
  }

  private void run() {
    List<Queued> batch = new ArrayList<>(MAX_BATCH);
    while (!stopping) {
      try {
        Queued first = queue.poll(1, TimeUnit.SECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        commit(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "The ledger writer failed a batch", e);
        batch.forEach(q -> q.answer.completeExceptionally(unavailable()));
      } finally {
        batch.clear();
      }
    }
    queue.forEach(q -> q.answer.completeExceptionally(unavailable()));
    closeWriterConnection();
  }

  private void commit(List<Queued> batch) {
    commit(batch, true);
  }

  private static boolean isConstraint(SQLException e) {
    return e.getSQLState() != null && e.getSQLState().startsWith("23");
  }

  private void commit(List<Queued> batch, boolean firstTry) {
    try {
      answer(batch, runInTransaction(batch.stream().map(Queued::posting).toList()));
    } catch (SQLException e) {
      if (batch.size() == 1 && firstTry && isConstraint(e)) {
        // Another server posted the same key, nonce or holding a moment before: asked again, the
        // batch now finds it and answers as the rules say (a replay, a refusal).
        commit(batch, false);
        return;
      }
      if (batch.size() == 1) {
        LOG.log(Level.WARNING, "A transfer could not be written", e);
        batch.get(0).answer.completeExceptionally(unavailable());
        return;
      }
      LOG.log(Level.FINE, "A batch failed; posting its transfers one by one", e);
      for (Queued one : batch) {
        commit(List.of(one));
      }
    }
  }

  /**
   * One batch in one transaction on the writer's own connection, kept from batch to batch (the
   * benchmark measured borrowing one from the pool at a sixth of a batch's time). A connection that
   * failed for any reason but a constraint is given back and a new one taken next time.
   */
  private List<LedgerBatch.Outcome> runInTransaction(List<Posting> postings) throws SQLException {
    Connection connection = batchConnection();
    try {
      List<LedgerBatch.Outcome> outcomes =
          new LedgerBatch(connection, ids).run(postings, Sql.now(clock));
      connection.commit();
      return outcomes;
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
        closeWriterConnection();
      }
      if (!(e instanceof SQLException sql && isConstraint(sql))) {
        closeWriterConnection();
      }
      throw e;
    }
  }

  private Connection batchConnection() throws SQLException {
    if (writerConnection == null) {
      Connection connection = dataSource.getConnection();
      connection.setAutoCommit(false);
      writerConnection = connection;
    }
    return writerConnection;
  }

  private void closeWriterConnection() {
    Connection connection = writerConnection;
    writerConnection = null;
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        LOG.log(Level.FINE, "Closing the writer's connection failed", e);
      }
    }
  }

  private static void answer(List<Queued> batch, List<LedgerBatch.Outcome> outcomes) {
    for (int i = 0; i < batch.size(); i++) {
      LedgerBatch.Outcome outcome = outcomes.get(i);
      CompletableFuture<Posted> answer = batch.get(i).answer;
      if (outcome.posted().isPresent()) {
        answer.complete(outcome.posted().get());
      } else {
        ErrorCode code = outcome.refusal().orElseThrow();
        answer.completeExceptionally(new LedgerRefusedException(code));
      }
    }
  }

  private static LedgerUnavailableException unavailable() {
    return new LedgerUnavailableException("The ledger failed; try again with the same key.");
  }
}
