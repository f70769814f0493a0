package dev.penny.checkout.vault;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The vault without a database, for tests of the zone's payments: cards kept in a map. */
public class InMemoryVault extends Vault {

  private final Map<String, Card> cards = new HashMap<>();
  private final CardCipher cipher;
  private final Clock clock;

  public InMemoryVault(Clock clock) {
    this(new CardCipher(VaultKeys.parse("k1=" + testKey() + "\nactive=k1\n")), clock);
  }

  private InMemoryVault(CardCipher cipher, Clock clock) {
    super(cipher, clock);
    this.cipher = cipher;
    this.clock = clock;
  }

  /** Saves {@code number} for {@code shopper} (with consent) under {@code token}. */
  public Card save(String token, String number, String store, String shopper) {
    CardNumber parsed = CardNumber.parse(number);
    Card card =
        new Card(
            token,
            cipher.seal(parsed, token),
            parsed.brand(),
            parsed.lastFour(),
            new CardExpiry(YearMonth.now(clock).plusYears(2)),
            store,
            Optional.of(shopper),
            Optional.of("Save this card for later payments"),
            clock.instant());
    card.keep();
    cards.put(token, card);
    return card;
  }

  @Override
  public Optional<Card> find(String token) {
    return Optional.ofNullable(cards.get(token));
  }

  private static String testKey() {
    byte[] bytes = new byte[32];
    java.util.Arrays.fill(bytes, (byte) 7);
    return Base64.getEncoder().encodeToString(bytes);
  }
}
