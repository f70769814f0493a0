package dev.penny.platform.apikey;

import dev.penny.platform.problem.InvalidInputException;
import dev.penny.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A store's API key, without its secret: the lookup id, the secret's hash, and its state. */
@Entity
@Table(name = "api_key")
public class ApiKey extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "lookup_id", nullable = false, updatable = false, length = 12)
  private String lookupId;

  @Column(name = "secret_hash", nullable = false, updatable = false, length = 64)
  private String secretHash;

  @Column(nullable = false, length = 80)
  private String name;

  @Column(name = "created_by", nullable = false, updatable = false, length = 120)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiKey() {}

  public ApiKey(ApiKeySecret secret, String name, String createdBy, Instant createdAt) {
    if (name == null || name.isBlank() || name.strip().length() > 80) {
      throw new InvalidInputException("A key name is 1 to 80 characters");
    }
    dev.penny.platform.input.InputChecks.refusal(name, "A key name", 80)
        .ifPresent(
            refused -> {
              throw new InvalidInputException(refused);
            });
    this.lookupId = secret.lookupId();
    this.secretHash = secret.hash();
    this.name = name.strip();
    // Who made it, for the list: a user name may be longer than the column (Keycloak allows 255).
    this.createdBy = createdBy.length() > 120 ? createdBy.substring(0, 119) + "…" : createdBy;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public String lookupId() {
    return lookupId;
  }

  public String name() {
    return name;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  /** Revoking twice keeps the first time. */
  public void revoke(Instant at) {
    if (revokedAt == null) {
      revokedAt = at;
    }
  }
}
