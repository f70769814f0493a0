package dev.penny.storefront.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** Runs test code in one transaction, as a service that calls several others would. */
@ApplicationScoped
public class InTransaction {

  @Transactional
  public <T> T get(Supplier<T> work) {
    return work.get();
  }
}
