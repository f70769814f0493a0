package dev.penny.admin.web;

import dev.penny.platform.catalog.CatalogStatus;
import dev.penny.platform.catalog.KeysetPage;
import dev.penny.platform.catalog.PageCursor;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * One page of an admin list, as its address asks: {@code ?status=archived} for the archived tab
 * (active otherwise) and {@code ?after=} or {@code ?before=} for the page. A value that is not a
 * positive id shows the first page: the admin is forgiving where the store is strict.
 */
public final class AdminList<T> {

  private final CatalogStatus status;
  private final KeysetPage<T> page;

  private AdminList(CatalogStatus status, KeysetPage<T> page) {
    this.status = status;
    this.page = page;
  }

  /** Reads the page the current request asks for through {@code read(status, cursor)}. */
  public static <T> AdminList<T> read(BiFunction<CatalogStatus, PageCursor, KeysetPage<T>> read) {
    CatalogStatus status =
        "archived".equals(AdminParameters.get("status"))
            ? CatalogStatus.ARCHIVED
            : CatalogStatus.ACTIVE;
    return new AdminList<>(status, read.apply(status, cursor()));
  }

  public List<T> getItems() {
    return page.items();
  }

  public boolean isArchivedTab() {
    return status == CatalogStatus.ARCHIVED;
  }

  public boolean isHasPrevious() {
    return page.hasPrevious();
  }

  public boolean isHasNext() {
    return page.hasNext();
  }

  /** The query string of the previous page, e.g. {@code ?status=archived&before=7}. */
  public String getPreviousLink() {
    return link("before", page.previousBefore().orElse(0));
  }

  public String getNextLink() {
    return link("after", page.nextAfter().orElse(0));
  }

  private String link(String cursor, long id) {
    return "?status=" + status.name().toLowerCase(Locale.ROOT) + "&" + cursor + "=" + id;
  }

  private static PageCursor cursor() {
    long after = positive(AdminParameters.get("after"));
    if (after > 0) {
      return PageCursor.after(after);
    }
    long before = positive(AdminParameters.get("before"));
    return before > 0 ? PageCursor.before(before) : PageCursor.first();
  }

  private static long positive(String text) {
    return text != null && text.matches("[1-9][0-9]{0,17}") ? Long.parseLong(text) : 0;
  }
}
