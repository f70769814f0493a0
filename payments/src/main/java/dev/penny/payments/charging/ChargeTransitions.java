package dev.penny.payments.charging;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The tab charge's state machine, declared as a table (as Kill Bill declares its payment states):
 * every allowed (state, event) pair and where it leads; anything else is refused. An unknown
 * outcome never becomes a failure by itself: only the zone's answer moves it on.
 *
 * <pre>
 * PENDING  --CAPTURED-->      SUCCEEDED
 * PENDING  --DECLINED-->      DECLINED    --RETRY--> PENDING
 * PENDING  --DECLINED_LAST--> FAILED      (the tab locks)
 * PENDING  --NOT_SENT-->      DECLINED    (never reached the acquirer: retried soon, not counted)
 * PENDING  --NO_ANSWER-->     UNKNOWN
 * UNKNOWN  --CAPTURED-->      SUCCEEDED
 * UNKNOWN  --DECLINED-->      DECLINED
 * UNKNOWN  --DECLINED_LAST--> FAILED
 * UNKNOWN  --NOT_SENT-->      DECLINED
 * UNKNOWN  --NO_ANSWER-->     UNKNOWN     (asked again later, backing off)
 * DECLINED --SUPERSEDED-->    FAILED      (the shopper paid now instead: its lines go to that)
 * PENDING  --CARD_PAGE-->     AWAITING_CARD  (pay now with a new card: the zone's card page)
 * PENDING  --ABANDONED-->     FAILED      (the card page could not be opened; the tab as it was)
 * AWAITING_CARD --CAPTURED-->  SUCCEEDED
 * AWAITING_CARD --NO_ANSWER--> AWAITING_CARD (not paid yet: asked again)
 * AWAITING_CARD --ABANDONED--> FAILED      (voided at the zone unpaid; the tab as it was)
 * </pre>
 */
public final class ChargeTransitions {

  private static final Map<ChargeStatus, Map<ChargeEvent, ChargeStatus>> TABLE =
      new EnumMap<>(ChargeStatus.class);

  static {
    allow(ChargeStatus.PENDING, ChargeEvent.CAPTURED, ChargeStatus.SUCCEEDED);
    allow(ChargeStatus.PENDING, ChargeEvent.DECLINED, ChargeStatus.DECLINED);
    allow(ChargeStatus.PENDING, ChargeEvent.DECLINED_LAST, ChargeStatus.FAILED);
    allow(ChargeStatus.PENDING, ChargeEvent.NOT_SENT, ChargeStatus.DECLINED);
    allow(ChargeStatus.PENDING, ChargeEvent.NO_ANSWER, ChargeStatus.UNKNOWN);
    allow(ChargeStatus.UNKNOWN, ChargeEvent.CAPTURED, ChargeStatus.SUCCEEDED);
    allow(ChargeStatus.UNKNOWN, ChargeEvent.DECLINED, ChargeStatus.DECLINED);
    allow(ChargeStatus.UNKNOWN, ChargeEvent.DECLINED_LAST, ChargeStatus.FAILED);
    allow(ChargeStatus.UNKNOWN, ChargeEvent.NOT_SENT, ChargeStatus.DECLINED);
    allow(ChargeStatus.UNKNOWN, ChargeEvent.NO_ANSWER, ChargeStatus.UNKNOWN);
    allow(ChargeStatus.DECLINED, ChargeEvent.RETRY, ChargeStatus.PENDING);
    allow(ChargeStatus.DECLINED, ChargeEvent.SUPERSEDED, ChargeStatus.FAILED);
    allow(ChargeStatus.PENDING, ChargeEvent.CARD_PAGE, ChargeStatus.AWAITING_CARD);
    allow(ChargeStatus.PENDING, ChargeEvent.ABANDONED, ChargeStatus.FAILED);
    allow(ChargeStatus.AWAITING_CARD, ChargeEvent.CAPTURED, ChargeStatus.SUCCEEDED);
    allow(ChargeStatus.AWAITING_CARD, ChargeEvent.NO_ANSWER, ChargeStatus.AWAITING_CARD);
    allow(ChargeStatus.AWAITING_CARD, ChargeEvent.ABANDONED, ChargeStatus.FAILED);
  }

  private ChargeTransitions() {}

  private static void allow(ChargeStatus from, ChargeEvent event, ChargeStatus to) {
    TABLE.computeIfAbsent(from, f -> new EnumMap<>(ChargeEvent.class)).put(event, to);
  }

  /** Where {@code event} leads from {@code from}, or empty when the table does not allow it. */
  public static Optional<ChargeStatus> next(ChargeStatus from, ChargeEvent event) {
    return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(event));
  }

  /** Where {@code event} leads from {@code from}; a pair the table does not allow is a bug. */
  public static ChargeStatus require(ChargeStatus from, ChargeEvent event) {
    return next(from, event)
        .orElseThrow(
            () -> new IllegalStateException("A tab charge cannot go " + from + " --" + event));
  }
}
