package dev.penny.platform.catalog;

import dev.penny.money.Money;
import dev.penny.platform.input.CatalogText;
import dev.penny.platform.problem.InvalidInputException;
import dev.penny.platform.tenancy.TenantOwned;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Paid content: an article whose teaser anyone reads and whose body is unlocked for a price that
 * may be below one cent, for good or, with a time pass, for some hours.
 */
@Entity
@Table(name = "content_item")
public class ContentItem extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 80)
  private String slug;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, columnDefinition = "TEXT")
  private String teaser;

  @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
  private String body;

  @Embedded
  @AttributeOverride(name = "micros", column = @Column(name = "unlock_price_micros"))
  @AttributeOverride(name = "currency", column = @Column(name = "unlock_currency"))
  private Money unlockPrice;

  @Column(name = "time_pass_hours")
  private Integer timePassHours;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CatalogStatus status;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  protected ContentItem() {}

  public ContentItem(
      String slug,
      String title,
      String teaser,
      String body,
      Money unlockPrice,
      Duration timePass,
      Instant publishedAt) {
    this.slug = CatalogText.slug(slug);
    revise(title, teaser, body, unlockPrice, timePass);
    this.status = CatalogStatus.ACTIVE;
    this.publishedAt = publishedAt;
  }

  /** Rewrites the item; the same rules as a new one (price above zero, pass 1 hour–366 days). */
  public void revise(
      String title, String teaser, String body, Money unlockPrice, Duration timePass) {
    if (!unlockPrice.isPositive()) {
      throw new InvalidInputException("An unlock price must be above zero");
    }
    if (timePass != null && (timePass.toHours() < 1 || timePass.toHours() > 24 * 366)) {
      throw new InvalidInputException("A time pass lasts from 1 hour to 366 days");
    }
    this.title = CatalogText.required(title, "title", 200);
    this.teaser = CatalogText.required(teaser, "teaser", 5_000);
    this.body = CatalogText.required(body, "body", 1_000_000);
    this.unlockPrice = unlockPrice;
    this.timePassHours = timePass == null ? null : (int) timePass.toHours();
  }

  public void archive() {
    status = CatalogStatus.ARCHIVED;
  }

  public void restore() {
    status = CatalogStatus.ACTIVE;
  }

  public boolean isArchived() {
    return status == CatalogStatus.ARCHIVED;
  }

  public Long id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public String teaser() {
    return teaser;
  }

  /** The paid part: hand it only to a reader who has unlocked it. */
  public String body() {
    return body;
  }

  public Money unlockPrice() {
    return unlockPrice;
  }

  /** Empty when an unlock is forever; otherwise how long the access lasts. */
  public Optional<Duration> timePass() {
    return Optional.ofNullable(timePassHours).map(Duration::ofHours);
  }

  public CatalogStatus status() {
    return status;
  }

  public Instant publishedAt() {
    return publishedAt;
  }
}
