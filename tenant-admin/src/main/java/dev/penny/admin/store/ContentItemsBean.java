package dev.penny.admin.store;

import dev.penny.money.MoneyDisplay;
import dev.penny.platform.catalog.ContentService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/** The list of the store's content items. */
@Named("contentAdmin")
@RequestScoped
public class ContentItemsBean {

  private final ContentService service;
  private List<ContentService.ContentRow> rows;

  @Inject
  public ContentItemsBean(ContentService service) {
    this.service = service;
  }

  protected ContentItemsBean() {
    this(null);
  }

  public List<ContentService.ContentRow> getRows() {
    if (rows == null) {
      rows = service.list();
    }
    return rows;
  }

  public String describe(ContentService.ContentRow row) {
    String price = MoneyDisplay.format(row.unlockPrice(), Locale.US);
    return row.timePass().map(p -> price + " for " + p.toHours() + " h").orElse(price);
  }
}
