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
 * ({@link SandboxClock} refuses to move it).
 */
final class MovableClock extends Clock {

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
    return offset.updateAndGet(current -> current.plus(by));
  }

  void reset() {
    offset.set(Duration.ZERO);
  }

  Duration offset() {
    return offset.get();
  }
}
