package dev.penny.storefront.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProviderAvailabilityTest {

  /** A clock the test moves by hand. */
  private static final class HandClock extends Clock {
    private Instant now = Instant.parse("2026-11-22T08:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  /** A provider whose discovery document answers when the test says so; counts the questions. */
  private static final class Scripted extends ProviderAvailability {
    boolean up;
    int asked;

    Scripted(Clock clock) {
      super(new OidcSettings("http://127.0.0.1:9/realms/penny", "penny-web", "-"), clock);
    }

    @Override
    boolean discoveryAnswers() {
      asked++;
      return up;
    }
  }

  private final HandClock clock = new HandClock();
  private final Scripted provider = new Scripted(clock);

  @Test
  void aProviderThatDoesNotAnswerIsAskedAgainEveryTime() {
    assertFalse(provider.answers());
    assertFalse(provider.answers());
    assertEquals(2, provider.asked);
  }

  @Test
  void anAnswerIsTrustedForThirtySecondsThenAskedAgain() {
    provider.up = true;
    assertTrue(provider.answers());
    provider.up = false;
    clock.advance(ProviderAvailability.TRUSTED_FOR.minusSeconds(1));
    assertTrue(provider.answers());
    assertEquals(1, provider.asked);
    clock.advance(Duration.ofSeconds(1));
    assertFalse(provider.answers());
    assertEquals(2, provider.asked);
  }

  @Test
  void aProviderThatComesUpIsSeenAtTheNextSignIn() {
    assertFalse(provider.answers());
    provider.up = true;
    assertTrue(provider.answers());
  }

  @Test
  void anUnreachableProviderCountsAsDown() {
    ProviderAvailability nothingListens =
        new ProviderAvailability(
            new OidcSettings("http://127.0.0.1:9/realms/penny", "penny-web", "-"), clock);
    assertFalse(nothingListens.answers());
  }
}
