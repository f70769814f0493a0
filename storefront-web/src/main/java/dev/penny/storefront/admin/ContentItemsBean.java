package dev.penny.storefront.admin;

import dev.penny.storefront.web.MoneyDisplay;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/** The list of the store's content items. */
@Named("contentAdmin")
@RequestScoped
public class ContentItemsBean {

  private final ContentAdminService service;
  private List<ContentAdminService.ContentRow> rows;

  @Inject
  public ContentItemsBean(ContentAdminService service) {
    this.service = service;
  }

  protected ContentItemsBean() {
    this(null);
  }

  public List<ContentAdminService.ContentRow> getRows() {
    if (rows == null) {
      rows = service.list();
    }
    return rows;
  }

  public String describe(ContentAdminService.ContentRow row) {
    String price = MoneyDisplay.format(row.unlockPrice(), Locale.US);
    return row.timePass().map(p -> price + " for " + p.toHours() + " h").orElse(price);
  }
}
