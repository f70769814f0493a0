package dev.penny.checkout.acquirer;

import java.util.Optional;

/**
 * An acquirer's answer: the outcome, its reference for an approved authorization (what capture,
 * void and refund name), and a decline code when it declined.
 */
public record AcquirerResult(
    Outcome outcome, Optional<String> reference, Optional<String> declineCode) {

  public static AcquirerResult approved(String reference) {
    return new AcquirerResult(Outcome.APPROVED, Optional.of(reference), Optional.empty());
  }

  public static AcquirerResult declined(String code) {
    return new AcquirerResult(Outcome.DECLINED, Optional.empty(), Optional.of(code));
  }

  public static AcquirerResult of(Outcome outcome) {
    return new AcquirerResult(outcome, Optional.empty(), Optional.empty());
  }
}
