package dev.penny.storefront.identity;

import dev.penny.platform.crypto.RandomTokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The anti-forgery token of the sign-out form: random, one per session, posted back with the form.
 * A page of another site cannot read it, so it cannot post a sign-out that ends someone's session.
 * (The admin's forms carry Faces' view state, an unguessable per-session id, for the same end.)
 */
public final class SignOutToken {

  public static final String FIELD = "csrf";
  private static final String SESSION_KEY = "penny.signOutToken";

  private SignOutToken() {}

  /** The session's token, made on first use. */
  public static String of(HttpSession session) {
    synchronized (session) {
      Object token = session.getAttribute(SESSION_KEY);
      if (token == null) {
        token = RandomTokens.urlSafe(32);
        session.setAttribute(SESSION_KEY, token);
      }
      return token.toString();
    }
  }

  /** True when the request posts its session's token. */
  static boolean isPostedWith(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String posted = request.getParameter(FIELD);
    if (session == null || posted == null) {
      return false;
    }
    Object expected = session.getAttribute(SESSION_KEY);
    return expected != null
        && MessageDigest.isEqual(
            expected.toString().getBytes(StandardCharsets.US_ASCII),
            posted.getBytes(StandardCharsets.US_ASCII));
  }
}
