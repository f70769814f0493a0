package dev.penny.checkout.acquirer;

import dev.penny.checkout.vault.CardNumber;
import java.util.Map;
import java.util.Optional;

/** What the sandbox does with each test card number (README "Test cards"). */
public final class SandboxCards {

  /** How the sandbox answers an authorization of a card. */
  public enum Behaviour {
    APPROVE,
    DECLINE,
    INSUFFICIENT_FUNDS,
    CHALLENGE,
    TIMEOUT,
    /**
     * Approves while its holder pays (with the security code, or after 3-D Secure) and declines
     * when charged on file without them: a saved card that later fails (a tab's charge).
     */
    DECLINE_ON_FILE
  }

  private static final Map<String, Behaviour> CARDS =
      Map.of(
          "4242424242424242", Behaviour.APPROVE,
          "5555555555554444", Behaviour.APPROVE,
          "4000000000000002", Behaviour.DECLINE,
          "4000000000009995", Behaviour.INSUFFICIENT_FUNDS,
          "4000002760003184", Behaviour.CHALLENGE,
          "4000000000000119", Behaviour.TIMEOUT,
          "4000000000000341", Behaviour.DECLINE_ON_FILE);

  private SandboxCards() {}

  /** The behaviour of a test card; empty for a number that is not one. */
  public static Optional<Behaviour> of(CardNumber number) {
    return CARDS.entrySet().stream()
        .filter(e -> number.sameAs(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  public static boolean isTestCard(CardNumber number) {
    return of(number).isPresent();
  }
}
