package dev.penny.admin.store;

import dev.penny.admin.web.AdminList;
import dev.penny.money.Money;
import dev.penny.money.MoneyDisplay;
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
  private AdminList<ProductRow> list;

  @Inject
  public ProductsBean(ProductService service) {
    this.service = service;
  }

  protected ProductsBean() {
    this(null);
  }

  public AdminList<ProductRow> getList() {
    if (list == null) {
      list = AdminList.read((status, cursor) -> service.list(status, cursor, PAGE_SIZE));
    }
    return list;
  }

  public String price(Optional<Money> money) {
    return money.map(m -> MoneyDisplay.format(m, Locale.US)).orElse("—");
  }
}
