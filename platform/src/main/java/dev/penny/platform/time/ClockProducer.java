package dev.penny.platform.time;

import dev.penny.platform.cluster.FromAnotherServer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The one source of "now": inject {@link Clock} so that tests and the sandbox can move time. The
 * clock is the system's, shifted by the offset the sandbox set ({@link SandboxClock}; zero outside
 * the sandbox).
 */
@ApplicationScoped
public class ClockProducer {

  private static final Logger LOG = Logger.getLogger(ClockProducer.class.getName());

  private final MovableClock clock = new MovableClock();

  @Produces
  Clock clock() {
    return clock;
  }

  MovableClock movable() {
    return clock;
  }

  /** Another server of the cluster moved the sandbox clock: this one moves with it. */
  void moveWithAnotherServer(
      @Observes(notifyObserver = Reception.IF_EXISTS) @FromAnotherServer SandboxClockMoved step) {
    clock.set(Duration.ofMillis(step.aheadMillis()));
    LOG.info(() -> "Sandbox clock set to +" + clock.offset() + " as another server moved it");
  }
}
