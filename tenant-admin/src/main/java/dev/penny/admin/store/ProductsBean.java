package dev.penny.admin.store;

import dev.penny.admin.web.AdminListQuery;
import dev.penny.money.Money;
import dev.penny.money.MoneyDisplay;
import dev.penny.platform.catalog.CatalogStatus;
import dev.penny.platform.catalog.KeysetPage;
import dev.penny.platform.catalog.ProductService;
import dev.penny.platform.catalog.ProductService.ProductRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Optional;

/** The product list of the admin: active or archived, newest first, 50 to a page. */
@Named("productsAdmin")
@RequestScoped
public class ProductsBean {

  static final int PAGE_SIZE = 50;

  private final ProductService service;
  private KeysetPage<ProductRow> page;

  @Inject
  public ProductsBean(ProductService service) {
    this.service = service;
  }

  protected ProductsBean() {
    this(null);
  }

  public KeysetPage<ProductRow> getPage() {
    if (page == null) {
      page = service.list(getStatus(), AdminListQuery.cursor(), PAGE_SIZE);
    }
    return page;
  }

  public CatalogStatus getStatus() {
    return AdminListQuery.status();
  }

  public boolean isArchivedTab() {
    return getStatus() == CatalogStatus.ARCHIVED;
  }

  public String getPreviousLink() {
    return AdminListQuery.link(getStatus(), "before", getPage().previousBefore().orElse(0));
  }

  public String getNextLink() {
    return AdminListQuery.link(getStatus(), "after", getPage().nextAfter().orElse(0));
  }

  public String price(Optional<Money> money) {
    return money.map(m -> MoneyDisplay.format(m, Locale.US)).orElse("—");
  }
}
