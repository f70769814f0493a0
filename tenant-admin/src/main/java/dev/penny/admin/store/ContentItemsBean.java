package dev.penny.admin.store;

import dev.penny.admin.web.AdminList;
import dev.penny.money.MoneyDisplay;
import dev.penny.platform.catalog.ContentService;
import dev.penny.platform.catalog.ContentService.ContentRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/** The store's content items: published or archived, newest first, 50 to a page. */
@Named("contentAdmin")
@RequestScoped
public class ContentItemsBean {

  static final int PAGE_SIZE = 50;

  private final ContentService service;
  private AdminList<ContentRow> list;

  @Inject
  public ContentItemsBean(ContentService service) {
    this.service = service;
  }

  protected ContentItemsBean() {
    this(null);
  }

  public AdminList<ContentRow> getList() {
    if (list == null) {
      list = AdminList.read((status, cursor) -> service.list(status, cursor, PAGE_SIZE));
    }
    return list;
  }

  public String describe(ContentRow row) {
    String price = MoneyDisplay.format(row.unlockPrice(), Locale.US);
    return row.timePass().map(p -> price + " for " + p.toHours() + " h").orElse(price);
  }
}
