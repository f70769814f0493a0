package dev.penny.platform.store;

import java.util.Locale;

/** The look of a store: each theme is one Facelets template of the storefront. */
public enum StoreTheme {
  CLASSIC,
  EDITORIAL;

  /** The template file name, e.g. {@code classic} for {@code /WEB-INF/themes/classic.xhtml}. */
  public String templateName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
