package dev.penny.platform.tenancy;

import dev.penny.platform.problem.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Currency;

/**
 * A store on the platform. The one entity that is not tenant-owned: it is the tenant. Its id is the
 * {@code tenant_id} of every row the store owns.
 */
@Entity
@Table(name = "tenant")
public class Tenant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false, length = 40)
  private String slug;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(nullable = false, length = 3)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private TenantStatus status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Tenant() {}

  public Tenant(String slug, String name, Currency currency, Instant createdAt) {
    if (!TenantSlug.isWellFormed(slug)) {
      throw new InvalidInputException("Malformed slug: " + slug);
    }
    this.slug = slug;
    this.name = name;
    this.currency = currency.getCurrencyCode();
    this.status = TenantStatus.ACTIVE;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public String name() {
    return name;
  }

  public Currency currency() {
    return Currency.getInstance(currency);
  }

  public TenantStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public void suspend() {
    status = TenantStatus.SUSPENDED;
  }

  public void resume() {
    status = TenantStatus.ACTIVE;
  }

  public ActiveTenant toActiveTenant() {
    return new ActiveTenant(id, slug, name, currency(), status);
  }
}
