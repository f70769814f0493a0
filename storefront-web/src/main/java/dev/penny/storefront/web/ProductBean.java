package dev.penny.storefront.web;

import dev.penny.storefront.catalog.CatalogViews.ProductDetail;
import dev.penny.storefront.catalog.StorefrontCatalog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.OptionalLong;

/** A product page: its variants with price and stock, images, description. */
@Named("product")
@RequestScoped
public class ProductBean {

  private final StorefrontCatalog catalog;
  private ProductDetail detail;
  private final String formKey = java.util.UUID.randomUUID().toString();

  @Inject
  public ProductBean(StorefrontCatalog catalog) {
    this.catalog = catalog;
  }

  protected ProductBean() {
    this(null);
  }

  public void load() {
    OptionalLong id = RequestParameters.id(RequestParameters.get("id"));
    Optional<ProductDetail> found =
        id.isPresent() ? catalog.product(id.getAsLong()) : Optional.empty();
    if (found.isEmpty()) {
      FacesResponses.notFound();
      return;
    }
    detail = found.get();
  }

  public ProductDetail getDetail() {
    return detail;
  }

  /** Whether the product is a digital good, sold with one click from the wallet or tab too. */
  public boolean isOneClick() {
    return detail != null && detail.kind() == dev.penny.platform.catalog.ProductKind.DIGITAL;
  }

  /**
   * The one-click form's key: new on every page a signed-in shopper sees (their pages are not
   * shared), so a double click buys once.
   */
  public String getFormKey() {
    return formKey;
  }
}
