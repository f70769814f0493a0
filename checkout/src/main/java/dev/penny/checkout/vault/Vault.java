package dev.penny.checkout.vault;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The vault: keeps a card number sealed and answers with a token; opens it again only for an
 * acquirer request inside the zone. Saved cards are listed and removed by their shopper; keys are
 * rotated by re-encrypting every card under the active one.
 */
@ApplicationScoped
public class Vault {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "vault")
  EntityManager em;

  private final CardCipher cipher;
  private final Clock clock;

  @Inject
  public Vault(CardCipher cipher, Clock clock) {
    this.cipher = cipher;
    this.clock = clock;
  }

  protected Vault() {
    this(null, null);
  }

  /**
   * Stores a card for {@code store}; saved for {@code shopper} when they consented ({@code consent}
   * is the wording they agreed to).
   */
  @Transactional
  public Card store(
      CardNumber number,
      CardExpiry expiry,
      String store,
      Optional<String> shopper,
      Optional<String> consent) {
    String token = "card_" + HexFormat.of().formatHex(randomBytes(16));
    Card card =
        new Card(
            token,
            cipher.seal(number, token),
            number.brand(),
            number.lastFour(),
            expiry,
            store,
            shopper,
            consent,
            clock.instant());
    em.persist(card);
    return card;
  }

  @Transactional
  public Optional<Card> find(String token) {
    return em
        .createQuery("select c from Card c where c.token = :token", Card.class)
        .setParameter("token", token)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The card's number, for one acquirer request; the caller wipes it. */
  public CardNumber open(Card card) {
    return cipher.open(card.sealed(), card.token());
  }

  /** Saves the card (its shopper asked to) now that a payment with it was approved. */
  @Transactional
  public void keep(String token) {
    find(token).ifPresent(Card::keep);
  }

  /**
   * A shopper's saved cards, newest first; one card entered twice (the same brand, last four and
   * expiry: a form sent twice, a card typed again) is offered once, as its newest entry.
   */
  @Transactional
  public List<Card> savedCards(String shopper) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    return em
        .createQuery(
            "select c from Card c where c.shopper = :shopper and c.saved = true order by c.id desc",
            Card.class)
        .setParameter("shopper", shopper)
        .setMaxResults(50)
        .getResultList()
        .stream()
        .filter(c -> seen.add(c.brand() + ":" + c.lastFour() + ":" + c.expiry()))
        .limit(20)
        .toList();
  }

  /** Forgets a saved card of {@code shopper}: it can no longer be charged. False if not theirs. */
  @Transactional
  public boolean remove(String shopper, String token) {
    Optional<Card> card =
        find(token).filter(c -> c.saved() && shopper.equals(c.shopper().orElse(null)));
    card.ifPresent(c -> c.remove(clock.instant()));
    return card.isPresent();
  }

  /** Re-encrypts every card sealed under an older key with the active one; how many. */
  @Transactional
  public int reEncrypt() {
    int count = 0;
    for (Card card :
        em.createQuery("select c from Card c order by c.id", Card.class).getResultList()) {
      if (cipher.needsRotation(card.sealed())) {
        CardNumber number = cipher.open(card.sealed(), card.token());
        card.seal(cipher.seal(number, card.token()));
        number.wipe();
        count++;
      }
    }
    return count;
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
