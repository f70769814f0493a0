package dev.penny.storefront.web;

import dev.penny.platform.catalog.PageCursor;
import dev.penny.storefront.catalog.CatalogViews.CategoryPage;
import dev.penny.storefront.catalog.StorefrontCatalog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * One keyset page of a category's products. An unknown category or a cursor past the end is not
 * found; a malformed cursor is a bad request.
 */
@Named("category")
@RequestScoped
public class CategoryBean {

  private final StorefrontCatalog catalog;
  private CategoryPage page;

  @Inject
  public CategoryBean(StorefrontCatalog catalog) {
    this.catalog = catalog;
  }

  protected CategoryBean() {
    this(null);
  }

  public void load() {
    Optional<PageCursor> cursor = RequestParameters.cursor();
    if (cursor.isEmpty()) {
      FacesResponses.badRequest();
      return;
    }
    Optional<CategoryPage> found =
        catalog.categoryPage(RequestParameters.get("slug"), cursor.get());
    if (found.isEmpty()) {
      FacesResponses.notFound();
      return;
    }
    page = found.get();
  }

  public CategoryPage getPage() {
    return page;
  }
}
