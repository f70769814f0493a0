package dev.penny.platform.problem;

import java.sql.SQLException;
import java.util.Optional;

/**
 * The refusal an exception carries, wherever it is in the cause chain: a {@link DomainException},
 * or a unique key the database enforced (SQL state 23000, error 1062: a duplicate entry), which is
 * a {@link ConcurrentChangeException}. Pages and the API turn either into a 4xx, not a 500.
 */
public final class Refusals {

  private static final int DUPLICATE_ENTRY = 1062;

  private Refusals() {}

  public static Optional<DomainException> of(Throwable thrown) {
    boolean duplicate = false;
    int depth = 0;
    for (Throwable t = thrown; t != null && depth < 50; t = t.getCause(), depth++) {
      if (t instanceof DomainException domain) {
        return Optional.of(domain);
      }
      if (t instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_ENTRY) {
        duplicate = true;
      }
    }
    return duplicate ? Optional.of(new ConcurrentChangeException()) : Optional.empty();
  }
}
