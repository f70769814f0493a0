package dev.penny.beta;

import jakarta.persistence.EntityManager;
import java.util.Optional;

/** Fixture for the architecture test: a look-up of one row through a query's result stream. */
public class ScrollingLookUp {
  public Optional<String> first(EntityManager em) {
    return em.createQuery("select s from Store s", String.class).getResultStream().findFirst();
  }
}
