package dev.penny.platform.idempotency;

import dev.penny.platform.crypto.Digests;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The current store's idempotency keys. {@link #replay} answers a repeated request with its first
 * answer (or refuses the key for another request); {@link #remember} keeps an answer. The effects
 * themselves are idempotent on their own (a refund by its key, a state change by its state), so two
 * requests racing with one key change nothing twice; the second simply is not remembered.
 */
@ApplicationScoped
public class IdempotencyKeys {

  private final EntityManager em;
  private final Clock clock;

  @Inject
  public IdempotencyKeys(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  protected IdempotencyKeys() {
    this(null, null);
  }

  /** A remembered answer. */
  public record Answer(int status, String body) {}

  /** Checks a key's shape: 8 to 255 visible ASCII characters. */
  public static String require(String key) {
    if (key == null || !key.matches("[\\x21-\\x7e]{8,255}")) {
      throw new InvalidInputException(
          ErrorCode.IDEMPOTENCY_KEY_REQUIRED,
          List.of("This call needs an 'Idempotency-Key' header of 8 to 255 visible characters."));
    }
    return key;
  }

  /** The first answer to this key, if the request is the same; a conflict if it is another. */
  @Transactional
  public Optional<Answer> replay(String key, String request) {
    Optional<IdempotentRequest> earlier =
        em
            .createQuery(
                "select r from IdempotentRequest r where r.key = :key", IdempotentRequest.class)
            .setParameter("key", key)
            .getResultList()
            .stream()
            .findFirst();
    if (earlier.isEmpty()) {
      return Optional.empty();
    }
    if (!earlier.get().requestHash().equals(hash(request))) {
      throw new InvalidInputException(
          ErrorCode.IDEMPOTENCY_CONFLICT,
          List.of("This Idempotency-Key was used for another request."));
    }
    return Optional.of(new Answer(earlier.get().status(), earlier.get().responseBody()));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void remember(String key, String request, int status, String body) {
    try {
      em.persist(new IdempotentRequest(key, hash(request), status, body, clock.instant()));
      em.flush();
    } catch (PersistenceException e) {
      // A request racing with the same key remembered its answer first; both changed nothing twice.
    }
  }

  /** SHA-256 of a request's text, in hex: what a key's request is recognised by. */
  public static String hash(String request) {
    return Digests.sha256Hex(request);
  }
}
