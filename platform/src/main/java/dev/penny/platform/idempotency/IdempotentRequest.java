package dev.penny.platform.idempotency;

import dev.penny.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A request made with an idempotency key, and the answer it got. */
@Entity
@Table(name = "idempotent_request")
public class IdempotentRequest extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "idem_key", nullable = false, length = 255, updatable = false)
  private String key;

  @Column(name = "request_hash", nullable = false, length = 64, updatable = false)
  private String requestHash;

  @Column(nullable = false, updatable = false)
  private int status;

  @Column(
      name = "response_body",
      nullable = false,
      columnDefinition = "MEDIUMTEXT",
      updatable = false)
  private String responseBody;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected IdempotentRequest() {}

  IdempotentRequest(String key, String requestHash, int status, String responseBody, Instant now) {
    this.key = key;
    this.requestHash = requestHash;
    this.status = status;
    this.responseBody = responseBody;
    this.createdAt = now;
  }

  public String requestHash() {
    return requestHash;
  }

  public int status() {
    return status;
  }

  public String responseBody() {
    return responseBody;
  }
}
