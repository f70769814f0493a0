package dev.penny.platform.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/** The current store's settings row. */
@ApplicationScoped
public class StoreSettingsRepository {

  private final EntityManager em;

  @Inject
  public StoreSettingsRepository(EntityManager em) {
    this.em = em;
  }

  /** For CDI's proxy only. */
  protected StoreSettingsRepository() {
    this.em = null;
  }

  public Optional<StoreSettings> current() {
    return em
        .createQuery("select s from StoreSettings s", StoreSettings.class)
        .getResultList()
        .stream()
        .findFirst();
  }

  public StoreSettings add(StoreSettings settings) {
    em.persist(settings);
    return settings;
  }
}
