package dev.penny.checkout.vault;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A card in the vault: its number sealed (AES-256-GCM, under {@link #keyId}), and what may be
 * shown: brand, last four, expiry. It belongs to the store it was entered in and, when saved with
 * the shopper's consent, to that shopper; an unsaved card's token expires with its payment.
 */
@Entity
@Table(name = "card")
public class Card {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40, updatable = false)
  private String token;

  @Column(name = "key_id", nullable = false, length = 32)
  private String keyId;

  @Column(nullable = false, length = 12)
  private byte[] nonce;

  @Column(nullable = false, length = 64)
  private byte[] ciphertext;

  @Column(nullable = false, length = 20, updatable = false)
  private String brand;

  @Column(name = "last_four", nullable = false, length = 4, updatable = false)
  private String lastFour;

  @Column(name = "exp_month", nullable = false, updatable = false)
  private int expMonth;

  @Column(name = "exp_year", nullable = false, updatable = false)
  private int expYear;

  @Column(nullable = false, length = 60, updatable = false)
  private String store;

  @Column(length = 255, updatable = false)
  private String shopper;

  @Column(nullable = false)
  private boolean saved;

  @Column(name = "consent_text", length = 500)
  private String consentText;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "removed_at")
  private Instant removedAt;

  protected Card() {}

  Card(
      String token,
      CardCipher.Sealed sealed,
      CardBrand brand,
      String lastFour,
      CardExpiry expiry,
      String store,
      Optional<String> shopper,
      Optional<String> consent,
      Instant now) {
    this.token = token;
    seal(sealed);
    this.brand = brand.name();
    this.lastFour = lastFour;
    this.expMonth = expiry.month().getMonthValue();
    this.expYear = expiry.month().getYear();
    this.store = store;
    this.shopper = shopper.orElse(null);
    // Kept (offered again) only once a payment with it is approved: see keep().
    this.saved = false;
    this.consentText = consent.isPresent() && shopper.isPresent() ? consent.get() : null;
    this.createdAt = now;
  }

  CardCipher.Sealed sealed() {
    return new CardCipher.Sealed(keyId, nonce, ciphertext);
  }

  void seal(CardCipher.Sealed sealed) {
    this.keyId = sealed.keyId();
    this.nonce = sealed.nonce();
    this.ciphertext = sealed.ciphertext();
  }

  /**
   * A card the shopper asked to save, once a payment with it was approved: saved from now on (a
   * declined card is never offered again). One removed stays removed.
   */
  void keep() {
    if (consentText != null && shopper != null && removedAt == null) {
      saved = true;
    }
  }

  void remove(Instant now) {
    saved = false;
    removedAt = now;
  }

  public String token() {
    return token;
  }

  public CardBrand brand() {
    return CardBrand.valueOf(brand);
  }

  public String lastFour() {
    return lastFour;
  }

  public java.time.YearMonth expiry() {
    return java.time.YearMonth.of(expYear, expMonth);
  }

  public String store() {
    return store;
  }

  public Optional<String> shopper() {
    return Optional.ofNullable(shopper);
  }

  public boolean saved() {
    return saved;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
