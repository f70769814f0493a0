package dev.penny.checkout.payment;

import dev.penny.checkout.vault.CardRefusal;
import dev.penny.checkout.vault.CardRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The card-testing defence: card attempts counted in a sliding window per client address, per
 * shopper (or per payment for a guest) and per store; over a limit, attempts are refused with a
 * clear message until the window moves on. Counted per server (a cluster shares nothing here yet).
 */
@ApplicationScoped
public class CardAttemptLimiter {

  private static final Duration WINDOW = Duration.ofMinutes(10);

  private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int perClient;
  private final int perShopper;
  private final int perStore;

  @Inject
  public CardAttemptLimiter(
      Clock clock,
      @ConfigProperty(name = "penny.checkout.attempts-per-client", defaultValue = "10")
          int perClient,
      @ConfigProperty(name = "penny.checkout.attempts-per-shopper", defaultValue = "8")
          int perShopper,
      @ConfigProperty(name = "penny.checkout.attempts-per-store", defaultValue = "200")
          int perStore) {
    this.clock = clock;
    this.perClient = perClient;
    this.perShopper = perShopper;
    this.perStore = perStore;
  }

  protected CardAttemptLimiter() {
    this(Clock.systemUTC(), 0, 0, 0);
  }

  /** Counts one attempt, or refuses it if any of its three counts is at its limit. */
  public void attempt(String client, String shopper, String store) {
    Instant now = clock.instant();
    String[] keys = {"client:" + client, "shopper:" + shopper, "store:" + store};
    int[] limits = {perClient, perShopper, perStore};
    synchronized (attempts) {
      for (int i = 0; i < keys.length; i++) {
        if (recent(keys[i], now).size() >= limits[i]) {
          throw new CardRefusedException(CardRefusal.TOO_MANY_ATTEMPTS);
        }
      }
      for (String key : keys) {
        recent(key, now).addLast(now);
      }
    }
  }

  private Deque<Instant> recent(String key, Instant now) {
    Deque<Instant> times = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
    while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
      times.removeFirst();
    }
    return times;
  }
}
