package dev.penny.checkout.acquirer;

import dev.penny.checkout.vault.CardCvc;
import dev.penny.checkout.vault.CardExpiry;
import dev.penny.checkout.vault.CardNumber;
import java.util.Optional;

/**
 * What an authorization sends about the card: the number (from the vault), the expiry, and the
 * security code for a card just typed (a saved card is charged without one).
 */
public record CardDetails(CardNumber number, CardExpiry expiry, Optional<CardCvc> cvc) {}
