package dev.penny.admin.store;

import dev.penny.admin.web.AdminListQuery;
import dev.penny.money.MoneyDisplay;
import dev.penny.platform.catalog.CatalogStatus;
import dev.penny.platform.catalog.ContentService;
import dev.penny.platform.catalog.ContentService.ContentRow;
import dev.penny.platform.catalog.KeysetPage;
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
  private KeysetPage<ContentRow> page;

  @Inject
  public ContentItemsBean(ContentService service) {
    this.service = service;
  }

  protected ContentItemsBean() {
    this(null);
  }

  public KeysetPage<ContentRow> getPage() {
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

  public String describe(ContentRow row) {
    String price = MoneyDisplay.format(row.unlockPrice(), Locale.US);
    return row.timePass().map(p -> price + " for " + p.toHours() + " h").orElse(price);
  }
}
