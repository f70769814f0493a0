package dev.penny.storefront.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Makes the persistence unit's transaction-scoped EntityManager injectable with {@code @Inject}. It
 * is declared here, in the war, because Payara performs {@code @PersistenceContext} injection only
 * for the web module's own classes, not for CDI beans of library jars (the repositories).
 */
@ApplicationScoped
public class PersistenceResources {

  @Produces
  @PersistenceContext(unitName = "penny")
  private EntityManager entityManager;
}
