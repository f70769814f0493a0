package dev.penny.storefront.web;

import dev.penny.money.Money;
import dev.penny.payments.purchase.Purchases;
import dev.penny.platform.catalog.ContentItem;
import dev.penny.platform.catalog.ContentService;
import dev.penny.platform.identity.Shopper;
import dev.penny.platform.identity.ShopperContext;
import dev.penny.platform.store.StoreSettingsRepository;
import dev.penny.storefront.catalog.CatalogViews.ContentTeaser;
import dev.penny.storefront.catalog.StorefrontCatalog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A content item: the teaser for everyone, the body for a signed-in reader who unlocked it. For
 * readers who are not signed in the page is shared (cached); it carries no body and no form key.
 */
@Named("content")
@RequestScoped
public class ContentBean {

  private final StorefrontCatalog catalog;
  private final ShopperContext shoppers;
  private final Purchases purchases;
  private final ContentService contents;
  private final StoreSettingsRepository settings;
  private ContentTeaser teaser;
  private Optional<Shopper> reader = Optional.empty();
  private Boolean unlocked;

  @Inject
  public ContentBean(
      StorefrontCatalog catalog,
      ShopperContext shoppers,
      Purchases purchases,
      ContentService contents,
      StoreSettingsRepository settings) {
    this.catalog = catalog;
    this.shoppers = shoppers;
    this.purchases = purchases;
    this.contents = contents;
    this.settings = settings;
  }

  protected ContentBean() {
    this(null, null, null, null, null);
  }

  public void load() {
    OptionalLong id = RequestParameters.id(RequestParameters.get("id"));
    Optional<ContentTeaser> found =
        id.isPresent() ? catalog.contentTeaser(id.getAsLong()) : Optional.empty();
    if (found.isEmpty()) {
      FacesResponses.notFound();
      return;
    }
    teaser = found.get();
    reader = shoppers.shopper();
  }

  public ContentTeaser getTeaser() {
    return teaser;
  }

  public boolean isSignedIn() {
    return reader.isPresent();
  }

  public boolean isUnlocked() {
    if (unlocked == null) {
      unlocked = reader.isPresent() && purchases.holds(reader.get().subject(), teaser.id());
    }
    return unlocked;
  }

  /** The paid body, as paragraphs: only for a reader who holds the item. */
  public List<String> getParagraphs() {
    if (!isUnlocked()) {
      return List.of();
    }
    return contents
        .find(teaser.id(), ContentItem::body)
        .map(b -> List.of(b.split("\\R\\s*\\R")))
        .orElse(List.of());
  }

  public List<Money> getTipPresets() {
    return settings.current().map(s -> s.tipPresets().amounts()).orElse(List.of());
  }

  /** A one-time key for this rendering's forms (a double click sends it twice, pays once). */
  public String getFormKey() {
    return reader.isPresent() ? UUID.randomUUID().toString() : "";
  }
}
