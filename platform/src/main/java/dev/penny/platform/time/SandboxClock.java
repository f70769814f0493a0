package dev.penny.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moves Penny's clock forward, in the sandbox only ({@code penny.sandbox=true} and {@code
 * penny.sandbox.clock=true}): so that a demo or a test can make a tab's oldest line 72 hours old,
 * or let a pass run out, without waiting. Time moves for the whole server, every store with it, so
 * the switch is its own (off unless set; the launcher sets it with the sandbox, for one person
 * trying Penny, and {@code PENNY_SANDBOX_CLOCK=false} turns it off in a shared sandbox). {@link
 * #reset} goes back to the real time; the clock is never more than {@link #MAX_OFFSET} ahead. Every
 * server of a cluster moves with the one the step was taken on (a server that joins later starts at
 * the real time).
 */
@ApplicationScoped
public class SandboxClock {

  /** How far one step may move the clock: a year. */
  public static final Duration MAX_STEP = Duration.ofDays(366);

  /** How far ahead of the real time the clock may be in all. */
  public static final Duration MAX_OFFSET = Duration.ofDays(2 * 366);

  private static final Logger LOG = Logger.getLogger(SandboxClock.class.getName());

  private final ClockProducer producer;
  private final boolean sandbox;
  private final Event<SandboxClockMoved> moved;

  @Inject
  public SandboxClock(
      ClockProducer producer,
      Event<SandboxClockMoved> moved,
      @ConfigProperty(name = "penny.sandbox", defaultValue = "false") boolean sandbox,
      @ConfigProperty(name = "penny.sandbox.clock", defaultValue = "false") boolean movable) {
    this.producer = producer;
    this.moved = moved;
    this.sandbox = sandbox && movable;
  }

  protected SandboxClock() {
    this(null, null, false, false);
  }

  /** Whether the clock can be moved here (the sandbox is on). */
  public boolean isAvailable() {
    return sandbox;
  }

  /**
   * Moves the clock forward by {@code by} (more than zero, at most {@link #MAX_STEP}).
   *
   * @throws IllegalStateException outside the sandbox
   * @throws IllegalArgumentException for a step that is not forward or too large
   */
  public Instant advance(Duration by, String who) {
    requireSandbox();
    if (by.isNegative() || by.isZero() || by.compareTo(MAX_STEP) > 0) {
      throw new IllegalArgumentException("The clock moves forward by up to 366 days at a time.");
    }
    if (offset().plus(by).compareTo(MAX_OFFSET) > 0) {
      throw new IllegalArgumentException(
          "The clock is at most 732 days ahead; set it back to the real time first.");
    }
    Duration offset = producer.movable().advance(by);
    moved.fire(new SandboxClockMoved(offset.toMillis()));
    LOG.info(
        () -> "Sandbox clock moved forward by " + by + " by " + who + " (now +" + offset + ")");
    return now();
  }

  /** Back to the real time. */
  public Instant reset(String who) {
    requireSandbox();
    producer.movable().reset();
    moved.fire(new SandboxClockMoved(0));
    LOG.info(() -> "Sandbox clock reset by " + who);
    return now();
  }

  /** How far ahead of the real time the clock is. */
  public Duration offset() {
    return producer.movable().offset();
  }

  public Instant now() {
    Clock clock = producer.clock();
    return clock.instant();
  }

  private void requireSandbox() {
    if (!sandbox) {
      throw new IllegalStateException("The clock moves only in the sandbox.");
    }
  }
}
