package dev.penny.platform.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;

/**
 * Base of every entity a store owns. Hibernate stamps {@code tenant_id} on insert and adds it to
 * every query, {@code find} and bulk statement, which is the one place tenancy is enforced.
 */
@MappedSuperclass
public abstract class TenantOwned {

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private Long tenantId;

  public Long tenantId() {
    return tenantId;
  }
}
