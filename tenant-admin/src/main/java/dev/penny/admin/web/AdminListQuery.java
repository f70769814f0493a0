package dev.penny.admin.web;

import dev.penny.platform.catalog.CatalogStatus;
import dev.penny.platform.catalog.PageCursor;

/**
 * What an admin list shows, read from its address: {@code ?status=archived} for the archived tab
 * (active otherwise) and {@code ?after=} or {@code ?before=} for the page. A value that is not a
 * positive id shows the first page: the admin is forgiving where the store is strict.
 */
public final class AdminListQuery {

  private AdminListQuery() {}

  public static CatalogStatus status() {
    return "archived".equals(AdminParameters.get("status"))
        ? CatalogStatus.ARCHIVED
        : CatalogStatus.ACTIVE;
  }

  public static PageCursor cursor() {
    long after = positive(AdminParameters.get("after"));
    if (after > 0) {
      return PageCursor.after(after);
    }
    long before = positive(AdminParameters.get("before"));
    return before > 0 ? PageCursor.before(before) : PageCursor.first();
  }

  /**
   * The query string of the page of {@code status} {@code cursor} names, e.g. {@code
   * ?status=archived&after=7}.
   */
  public static String link(CatalogStatus status, String cursor, long id) {
    return "?status=" + status.name().toLowerCase(java.util.Locale.ROOT) + "&" + cursor + "=" + id;
  }

  private static long positive(String text) {
    return text != null && text.matches("[1-9][0-9]{0,17}") ? Long.parseLong(text) : 0;
  }
}
