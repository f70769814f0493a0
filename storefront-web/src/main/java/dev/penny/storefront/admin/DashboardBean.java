package dev.penny.storefront.admin;

import dev.penny.platform.catalog.ContentItemRepository;
import dev.penny.platform.catalog.ProductRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

/**
 * The store's dashboard. Orders, revenue and micro-revenue come with the cart and payments modules;
 * until then the page says so rather than showing made-up figures.
 */
@Named("dashboard")
@RequestScoped
public class DashboardBean {

  private final ProductRepository products;
  private final ContentItemRepository content;
  private long productCount = -1;
  private long contentCount = -1;

  @Inject
  public DashboardBean(ProductRepository products, ContentItemRepository content) {
    this.products = products;
    this.content = content;
  }

  protected DashboardBean() {
    this(null, null);
  }

  @Transactional
  public void load() {
    productCount = products.countActive();
    contentCount = content.countActive();
  }

  public long getProductCount() {
    return productCount;
  }

  public long getContentCount() {
    return contentCount;
  }
}
