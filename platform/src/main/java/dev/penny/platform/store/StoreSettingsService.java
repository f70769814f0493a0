package dev.penny.platform.store;

import dev.penny.money.Money;
import dev.penny.platform.input.InputChecks;
import dev.penny.platform.media.ImageUpload;
import dev.penny.platform.media.StoredImage;
import dev.penny.platform.media.StoredImageRepository;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.InvalidInputException;
import dev.penny.platform.problem.ItemNotFoundException;
import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.StoreChanged;
import dev.penny.platform.tenancy.TenantRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Changes the current store's settings, and tells the caches. */
@ApplicationScoped
public class StoreSettingsService {

  private final StoreSettingsRepository settings;
  private final ShippingMethodRepository shipping;
  private final StoredImageRepository images;
  private final Event<StoreChanged> changed;
  private final Clock clock;

  @Inject
  public StoreSettingsService(
      StoreSettingsRepository settings,
      ShippingMethodRepository shipping,
      StoredImageRepository images,
      Event<StoreChanged> changed,
      Clock clock) {
    this.settings = settings;
    this.shipping = shipping;
    this.images = images;
    this.changed = changed;
    this.clock = clock;
  }

  protected StoreSettingsService() {
    this(null, null, null, null, null);
  }

  /** The logo's address, if the store has one. */
  @Transactional
  public Optional<String> logoUrl() {
    return settings.current().flatMap(StoreSettings::logoUrl);
  }

  /** The current values, detached, for the form. */
  @Transactional
  public Optional<StoreSettingsInput> current(Currency currency) {
    return settings.current().map(s -> StoreSettingsInput.of(s, currency));
  }

  @Transactional
  public void update(ActiveTenant store, StoreSettingsInput form, LogoChange logo) {
    List<String> problems = form.problems(store.currency());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(ErrorCode.INVALID_INPUT, problems);
    }
    StoreSettings s = settings.current().orElseThrow(ItemNotFoundException::new);
    s.rename(form.displayName());
    String logoUrl = s.logoUrl().orElse(null);
    if (logo instanceof LogoChange.Remove) {
      logoUrl = null;
    } else if (logo instanceof LogoChange.Replace replace) {
      StoredImage image = images.add(new StoredImage(replace.upload(), clock.instant()));
      logoUrl = TenantRoute.byPath(store.slug(), image.pathInStore()).address();
    }
    // Saved as checked: stripped, and none when it shows nothing.
    s.describe(
        dev.penny.platform.input.InputChecks.showsNothing(form.tagline())
            ? null
            : form.tagline().strip(),
        logoUrl);
    s.theme(StoreTheme.valueOf(form.theme()));
    s.colours(form.primaryColour(), form.accentColour());
    s.taxRatePpm(form.taxRatePpm());
    Currency currency = store.currency();
    s.micropayments(form.tipPresets(currency), form.topUpAmounts(currency));
    changed.fire(new StoreChanged(store.id()));
  }

  /** The store's shipping methods, for the settings page. */
  @Transactional
  public List<ShippingRow> shippingMethods() {
    return shipping.all().stream().map(m -> new ShippingRow(m.id(), m.name(), m.price())).toList();
  }

  /**
   * Adds a shipping method from typed text: a name and a price (zero or more) in the store's
   * currency.
   */
  @Transactional
  public void addShippingMethod(ActiveTenant store, String typedName, String typedPrice) {
    InputChecks checks = new InputChecks();
    String name = checks.text(typedName, "The shipping method's name", 80);
    Money price = checks.amount(typedPrice, store.currency(), "The shipping price", false);
    checks.orThrow(ErrorCode.INVALID_INPUT);
    if (shipping.nameTaken(name)) {
      throw new InvalidInputException("There is a shipping method called " + name + " already.");
    }
    List<ShippingMethod> all = shipping.all();
    int position = all.isEmpty() ? 0 : all.get(all.size() - 1).position() + 1;
    shipping.add(new ShippingMethod(name, price, position));
    changed.fire(new StoreChanged(store.id()));
  }

  /** False if the store has no such shipping method. */
  @Transactional
  public boolean removeShippingMethod(ActiveTenant store, long id) {
    Optional<ShippingMethod> method = shipping.find(id);
    if (method.isEmpty()) {
      return false;
    }
    shipping.remove(method.get());
    changed.fire(new StoreChanged(store.id()));
    return true;
  }

  /** What a settings save does to the logo. */
  public sealed interface LogoChange {
    record Keep() implements LogoChange {}

    record Remove() implements LogoChange {}

    record Replace(ImageUpload upload) implements LogoChange {}
  }

  /** A shipping method as the settings page lists it. */
  public record ShippingRow(long id, String name, Money price) {}
}
