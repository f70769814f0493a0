package dev.penny.storefront.admin;

import dev.penny.platform.catalog.CatalogChanged;
import dev.penny.platform.store.StoreSettings;
import dev.penny.platform.store.StoreSettingsRepository;
import dev.penny.platform.store.StoreTheme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Changes the current store's settings, and tells the caches. */
@ApplicationScoped
public class StoreSettingsService {

  private final StoreSettingsRepository settings;
  private final Event<CatalogChanged> changed;

  @Inject
  public StoreSettingsService(StoreSettingsRepository settings, Event<CatalogChanged> changed) {
    this.settings = settings;
    this.changed = changed;
  }

  protected StoreSettingsService() {
    this(null, null);
  }

  /** The current values, detached, for the form. */
  @Transactional
  public Optional<SettingsForm> current() {
    return settings.current().map(SettingsForm::of);
  }

  @Transactional
  public void update(long tenantId, SettingsForm form) {
    StoreSettings s =
        settings
            .current()
            .orElseThrow(() -> new IllegalStateException("The store has no settings row"));
    s.rename(form.displayName());
    s.describe(form.tagline(), s.logoUrl().orElse(null));
    s.theme(StoreTheme.valueOf(form.theme()));
    s.colours(form.primaryColour(), form.accentColour());
    s.taxRatePpm(form.taxRatePpm());
    changed.fire(new CatalogChanged(tenantId));
  }
}
