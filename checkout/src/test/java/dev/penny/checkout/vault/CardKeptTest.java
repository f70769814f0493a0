package dev.penny.checkout.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A card the shopper asked to save is offered again only once a payment with it was approved. */
class CardKeptTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
  private final InMemoryVault vault = new InMemoryVault(CLOCK);

  private Card entered(Optional<String> shopper, Optional<String> consent) {
    CardNumber number = CardNumber.parse("4000000000000002");
    return new Card(
        "card_t",
        new CardCipher(VaultKeys.parse("k1=" + key() + "\nactive=k1\n")).seal(number, "card_t"),
        number.brand(),
        number.lastFour(),
        new CardExpiry(YearMonth.of(2030, 12)),
        "demo-books",
        shopper,
        consent,
        CLOCK.instant());
  }

  @Test
  void aCardToSaveIsSavedOnlyWhenKeptAfterAnApproval() {
    Card card = entered(Optional.of("ada"), Optional.of("Save this card"));
    assertThat(card.saved()).as("entered, its payment not approved yet (or declined)").isFalse();

    card.keep();

    assertThat(card.saved()).isTrue();
  }

  @Test
  void aCardWithoutConsentOrShopperOrRemovedIsNeverKept() {
    Card noConsent = entered(Optional.of("ada"), Optional.empty());
    Card guest = entered(Optional.empty(), Optional.of("Save this card"));
    Card removed = entered(Optional.of("ada"), Optional.of("Save this card"));
    removed.keep();
    removed.remove(CLOCK.instant());

    noConsent.keep();
    guest.keep();
    removed.keep();

    assertThat(noConsent.saved()).isFalse();
    assertThat(guest.saved()).isFalse();
    assertThat(removed.saved()).isFalse();
  }

  private static String key() {
    byte[] bytes = new byte[32];
    java.util.Arrays.fill(bytes, (byte) 7);
    return java.util.Base64.getEncoder().encodeToString(bytes);
  }
}
