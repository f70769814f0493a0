package dev.penny.checkout.zone;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * In the sandbox only: the system's UTC clock plus the offset Penny's sandbox clock publishes as
 * the system property {@code penny.sandbox.clock-offset-ms} (zero when it is not moved).
 */
final class SandboxFollowingClock extends Clock {

  private static final String OFFSET = "penny.sandbox.clock-offset-ms";

  private final Clock system = Clock.systemUTC();

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(system.withZone(zone), offset());
  }

  @Override
  public Instant instant() {
    return system.instant().plus(offset());
  }

  private static Duration offset() {
    try {
      return Duration.ofMillis(Long.parseLong(System.getProperty(OFFSET, "0")));
    } catch (NumberFormatException e) {
      return Duration.ZERO;
    }
  }
}
