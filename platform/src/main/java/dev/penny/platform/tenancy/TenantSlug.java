package dev.penny.platform.tenancy;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for a store's slug, the name in its URLs ({@code /s/{slug}/}, {@code
 * {slug}.localhost}): lowercase letters, digits and single hyphens, 3 to 40 characters, starting
 * with a letter, and not a word the platform keeps for itself.
 */
public final class TenantSlug {

  public static final int MIN_LENGTH = 3;
  public static final int MAX_LENGTH = 40;

  private static final Pattern SHAPE = Pattern.compile("[a-z](?:[a-z0-9]|-(?=[a-z0-9])){2,39}");

  private static final Set<String> RESERVED =
      Set.of(
          "admin",
          "api",
          "www",
          "app",
          "static",
          "assets",
          "resources",
          "health",
          "metrics",
          "openapi",
          "login",
          "logout",
          "signin",
          "signout",
          "account",
          "checkout",
          "pay",
          "platform",
          "penny",
          "mail",
          "support",
          "help",
          "status",
          "localhost",
          "javax",
          "jakarta");

  private TenantSlug() {}

  /** True for a string shaped like a slug, whether or not a store has it. */
  public static boolean isWellFormed(String candidate) {
    return candidate != null
        && candidate.length() <= MAX_LENGTH
        && SHAPE.matcher(candidate).matches();
  }

  public static boolean isReserved(String candidate) {
    return RESERVED.contains(candidate);
  }

  /** True for a slug a new store may take (availability aside). */
  public static boolean isAcceptableForNewStore(String candidate) {
    return isWellFormed(candidate) && !isReserved(candidate);
  }
}
