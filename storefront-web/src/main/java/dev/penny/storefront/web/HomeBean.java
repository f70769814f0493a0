package dev.penny.storefront.web;

import dev.penny.storefront.catalog.CatalogViews.HomeView;
import dev.penny.storefront.catalog.StorefrontCatalog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The store's home page: featured products and the latest articles. */
@Named("home")
@RequestScoped
public class HomeBean {

  private final StorefrontCatalog catalog;
  private HomeView view;

  @Inject
  public HomeBean(StorefrontCatalog catalog) {
    this.catalog = catalog;
  }

  protected HomeBean() {
    this(null);
  }

  public HomeView getView() {
    if (view == null) {
      view = catalog.home();
    }
    return view;
  }
}
