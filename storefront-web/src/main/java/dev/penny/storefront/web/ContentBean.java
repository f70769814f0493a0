package dev.penny.storefront.web;

import dev.penny.storefront.catalog.CatalogViews.ContentTeaser;
import dev.penny.storefront.catalog.StorefrontCatalog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A content item: the teaser for everyone, the body locked behind its unlock price. Unlocking
 * (wallet, tab) arrives with the micropayments module; until then every body is locked.
 */
@Named("content")
@RequestScoped
public class ContentBean {

  private final StorefrontCatalog catalog;
  private ContentTeaser teaser;

  @Inject
  public ContentBean(StorefrontCatalog catalog) {
    this.catalog = catalog;
  }

  protected ContentBean() {
    this(null);
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
  }

  public ContentTeaser getTeaser() {
    return teaser;
  }

  public boolean isUnlocked() {
    return false;
  }
}
