package dev.penny.storefront.identity;

import java.util.regex.Pattern;

/**
 * The page to come back to after signing in or out: only a path on this server, so that the sign-in
 * flow can never be used to redirect someone to another site.
 */
final class ReturnPath {

  static final String SESSION_KEY = "penny.returnPath";
  private static final Pattern LOCAL_PATH =
      Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~/%?=&]{0,500}");

  private ReturnPath() {}

  static String sanitize(String candidate) {
    if (candidate == null || !LOCAL_PATH.matcher(candidate).matches()) {
      return "/";
    }
    return candidate;
  }
}
