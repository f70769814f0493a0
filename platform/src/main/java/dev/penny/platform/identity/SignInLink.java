package dev.penny.platform.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The address that signs a user in and brings them back to a page of this server. */
public final class SignInLink {

  private SignInLink() {}

  /**
   * @param contextPath the application's context path ({@code ""} at the root)
   * @param returnPath the page to come back to, a path within the application (without the context
   *     path, which the sign-in and callback servlets add)
   */
  public static String to(String contextPath, String returnPath) {
    return contextPath + "/signin?return=" + URLEncoder.encode(returnPath, StandardCharsets.UTF_8);
  }
}
