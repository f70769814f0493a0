package dev.penny.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one source of "now": inject {@link Clock} so that tests and the sandbox can move time. The
 * clock is the system's, shifted by the offset the sandbox set ({@link SandboxClock}; zero outside
 * the sandbox).
 */
@ApplicationScoped
public class ClockProducer {

  private final MovableClock clock = new MovableClock();

  @Produces
  Clock clock() {
    return clock;
  }

  MovableClock movable() {
    return clock;
  }
}
