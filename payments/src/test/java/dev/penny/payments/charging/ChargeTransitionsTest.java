package dev.penny.payments.charging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChargeTransitionsTest {

  @Test
  void anUnknownOutcomeNeverBecomesAFailureWithoutTheZonesAnswer() {
    assertThat(ChargeTransitions.next(ChargeStatus.PENDING, ChargeEvent.NO_ANSWER))
        .contains(ChargeStatus.UNKNOWN);
    assertThat(ChargeTransitions.next(ChargeStatus.UNKNOWN, ChargeEvent.NO_ANSWER))
        .contains(ChargeStatus.UNKNOWN);
    assertThat(ChargeTransitions.next(ChargeStatus.UNKNOWN, ChargeEvent.RETRY)).isEmpty();
    assertThat(ChargeTransitions.next(ChargeStatus.UNKNOWN, ChargeEvent.CAPTURED))
        .contains(ChargeStatus.SUCCEEDED);
  }

  @Test
  void aDeclineIsRetriedUntilTheLastAttemptFails() {
    assertThat(ChargeTransitions.next(ChargeStatus.PENDING, ChargeEvent.DECLINED))
        .contains(ChargeStatus.DECLINED);
    assertThat(ChargeTransitions.next(ChargeStatus.DECLINED, ChargeEvent.RETRY))
        .contains(ChargeStatus.PENDING);
    assertThat(ChargeTransitions.next(ChargeStatus.PENDING, ChargeEvent.DECLINED_LAST))
        .contains(ChargeStatus.FAILED);
  }

  @Test
  void finalStatesGoNowhere() {
    for (ChargeEvent event : ChargeEvent.values()) {
      assertThat(ChargeTransitions.next(ChargeStatus.SUCCEEDED, event)).isEqualTo(Optional.empty());
      assertThat(ChargeTransitions.next(ChargeStatus.FAILED, event)).isEqualTo(Optional.empty());
    }
    assertThatThrownBy(
            () -> ChargeTransitions.require(ChargeStatus.SUCCEEDED, ChargeEvent.CAPTURED))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aDeclinedChargeWaitsForItsRetryAndCannotBeCapturedMeanwhile() {
    assertThat(ChargeTransitions.next(ChargeStatus.DECLINED, ChargeEvent.CAPTURED)).isEmpty();
    assertThat(ChargeTransitions.next(ChargeStatus.DECLINED, ChargeEvent.NO_ANSWER)).isEmpty();
  }

  @Test
  void aCardPageIsPaidOrAbandonedButNeverDeclinedOrRetried() {
    assertThat(ChargeTransitions.next(ChargeStatus.PENDING, ChargeEvent.CARD_PAGE))
        .contains(ChargeStatus.AWAITING_CARD);
    assertThat(ChargeTransitions.next(ChargeStatus.AWAITING_CARD, ChargeEvent.CAPTURED))
        .contains(ChargeStatus.SUCCEEDED);
    assertThat(ChargeTransitions.next(ChargeStatus.AWAITING_CARD, ChargeEvent.NO_ANSWER))
        .contains(ChargeStatus.AWAITING_CARD);
    assertThat(ChargeTransitions.next(ChargeStatus.AWAITING_CARD, ChargeEvent.ABANDONED))
        .contains(ChargeStatus.FAILED);
    for (ChargeEvent event :
        new ChargeEvent[] {
          ChargeEvent.DECLINED, ChargeEvent.DECLINED_LAST, ChargeEvent.NOT_SENT, ChargeEvent.RETRY
        }) {
      assertThat(ChargeTransitions.next(ChargeStatus.AWAITING_CARD, event)).isEmpty();
    }
    // A charge the zone may have made is never abandoned: only a card page can be.
    assertThat(ChargeTransitions.next(ChargeStatus.UNKNOWN, ChargeEvent.ABANDONED)).isEmpty();
    assertThat(ChargeTransitions.next(ChargeStatus.DECLINED, ChargeEvent.ABANDONED)).isEmpty();
  }
}
