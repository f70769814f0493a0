package dev.penny.admin.store;

import dev.penny.admin.web.AdminParameters;
import dev.penny.money.Money;
import dev.penny.money.MoneyDisplay;
import dev.penny.platform.catalog.ProductService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/** The product list of the admin, 50 to a page, archived products last. */
@Named("productsAdmin")
@RequestScoped
public class ProductsBean {

  static final int PAGE_SIZE = 50;

  private final ProductService service;
  private List<ProductService.ProductRow> rows;
  private long total = -1;

  @Inject
  public ProductsBean(ProductService service) {
    this.service = service;
  }

  protected ProductsBean() {
    this(null);
  }

  public List<ProductService.ProductRow> getRows() {
    if (rows == null) {
      rows = service.list((getPage() - 1) * PAGE_SIZE, PAGE_SIZE);
    }
    return rows;
  }

  public long getTotal() {
    if (total < 0) {
      total = service.count();
    }
    return total;
  }

  /** The page asked for by {@code ?page=}; anything odd is the first page. */
  public int getPage() {
    String text = AdminParameters.get("page");
    return text != null && text.matches("[1-9][0-9]{0,3}") ? Integer.parseInt(text) : 1;
  }

  public boolean isHasNext() {
    return (long) getPage() * PAGE_SIZE < getTotal();
  }

  public String price(Optional<Money> money) {
    return money.map(m -> MoneyDisplay.format(m, java.util.Locale.US)).orElse("—");
  }
}
