package dev.penny.storefront.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The address that signs a user in and brings them back to a page of this server. */
public final class SignInLink {

  private SignInLink() {}

  /**
   * @param contextPath the application's context path ({@code ""} at the root)
   * @param returnPath the page to come back to, a path on this server including the context path
   */
  public static String to(String contextPath, String returnPath) {
    return contextPath + "/signin?return=" + URLEncoder.encode(returnPath, StandardCharsets.UTF_8);
  }
}
