package dev.penny.cart.order;

import dev.penny.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A store's last order number: one row per store, written by {@link OrderNumbers} in native SQL and
 * read here, through the store's tenant filter.
 */
@Entity
@Table(name = "order_counter")
public class OrderCounter extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "last_number", nullable = false)
  private long lastNumber;

  protected OrderCounter() {}
}
