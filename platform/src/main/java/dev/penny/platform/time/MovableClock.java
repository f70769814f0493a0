package dev.penny.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system's UTC clock plus an offset: the sandbox moves it forward so that a tab's lines age or
 * a pass runs out in a demo or a test, and back to zero. Outside the sandbox the offset stays zero
 * ({@link SandboxClock} refuses to move it). The offset is also published JVM-wide as the system
 * property {@value #SHARED_OFFSET} (milliseconds), so that the sandbox's checkout zone, a separate
 * application on the same server, keeps the same time (its acquirer's settlement file is dated by
 * it).
 */
final class MovableClock extends Clock {

  static final String SHARED_OFFSET = "penny.sandbox.clock-offset-ms";

  private final Clock system = Clock.systemUTC();
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(system.withZone(zone), offset.get());
  }

  @Override
  public Instant instant() {
    return system.instant().plus(offset.get());
  }

  Duration advance(Duration by) {
    Duration now = offset.updateAndGet(current -> current.plus(by));
    System.setProperty(SHARED_OFFSET, Long.toString(now.toMillis()));
    return now;
  }

  void reset() {
    set(Duration.ZERO);
  }

  /** Sets how far ahead the clock is (another server of the cluster moved it). */
  void set(Duration ahead) {
    offset.set(ahead);
    System.setProperty(SHARED_OFFSET, Long.toString(ahead.toMillis()));
  }

  Duration offset() {
    return offset.get();
  }
}
