package dev.penny.storefront.web;

import dev.penny.storefront.catalog.CatalogViews.CategoryPage;
import dev.penny.storefront.catalog.StorefrontCatalog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.OptionalInt;

/** One page of a category's products. An unknown category or page is not found. */
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
    OptionalInt number = RequestParameters.page(RequestParameters.get("page"));
    if (number.isEmpty()) {
      FacesResponses.badRequest();
      return;
    }
    Optional<CategoryPage> found =
        catalog.categoryPage(RequestParameters.get("slug"), number.getAsInt());
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
