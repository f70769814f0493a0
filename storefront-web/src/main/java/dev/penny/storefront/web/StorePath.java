package dev.penny.storefront.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shopper pages of a store, by the path below the store's base: which Faces view renders it and
 * with which parameters. Anything else under a store is not found.
 */
public final class StorePath {

  private static final Pattern CATEGORY =
      Pattern.compile("/c/([a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?)/?");
  private static final Pattern PRODUCT =
      Pattern.compile("/p/([1-9][0-9]{0,17})(?:-[a-z0-9-]{1,80})?/?");
  private static final Pattern CONTENT =
      Pattern.compile("/a/([1-9][0-9]{0,17})(?:-[a-z0-9-]{1,80})?/?");

  private StorePath() {}

  /**
   * A Faces view, the parameter the path carried, and whether one rendering may be served to every
   * visitor from the response cache. That is an opt-in per view ({@link #shared}): a view made with
   * {@link #personal} (an account, a cart, a wallet, search results) is rendered for each request.
   */
  public record View(
      String viewPath,
      Optional<String> parameterName,
      Optional<String> value,
      boolean cacheable,
      boolean paidContent) {

    static View personal(String viewPath) {
      return new View(viewPath, Optional.empty(), Optional.empty(), false, false);
    }

    static View shared(String viewPath) {
      return new View(viewPath, Optional.empty(), Optional.empty(), true, false);
    }

    static View shared(String viewPath, String name, String value) {
      return new View(viewPath, Optional.of(name), Optional.of(value), true, false);
    }

    /**
     * A content item: shared with readers who are not signed in (the teaser and the paywall), made
     * for each signed-in reader (who may have unlocked the body); asked for as JSON, it is the
     * machine-payable resource (HTTP 402).
     */
    static View content(String id) {
      return new View("/store/content.xhtml", Optional.of("id"), Optional.of(id), true, true);
    }

    /** The forward target, e.g. {@code /store/product.xhtml?id=12}. */
    public String target() {
      return parameterName
          .map(n -> viewPath + "?" + n + "=" + value.orElseThrow())
          .orElse(viewPath);
    }
  }

  public static Optional<View> resolve(String pathInStore) {
    if (pathInStore.equals("/") || pathInStore.isEmpty()) {
      return Optional.of(View.shared("/store/home.xhtml"));
    }
    if (pathInStore.equals("/search") || pathInStore.equals("/search/")) {
      return Optional.of(View.personal("/store/search.xhtml"));
    }
    if (pathInStore.equals("/checkout") || pathInStore.equals("/checkout/")) {
      return Optional.of(View.personal("/store/checkout.xhtml"));
    }
    Matcher order = ORDER.matcher(pathInStore);
    if (order.matches()) {
      String view = order.group(2) == null ? "/store/order.xhtml" : "/store/pay.xhtml";
      return Optional.of(
          new View(view, Optional.of("number"), Optional.of(order.group(1)), false, false));
    }
    if (pathInStore.equals("/cart") || pathInStore.equals("/cart/")) {
      return Optional.of(View.personal("/store/cart.xhtml"));
    }
    if (pathInStore.equals("/wallet") || pathInStore.equals("/wallet/")) {
      return Optional.of(View.personal("/store/wallet.xhtml"));
    }
    if (pathInStore.equals("/account") || pathInStore.equals("/account/")) {
      return Optional.of(View.personal("/store/account.xhtml"));
    }
    Matcher m = CATEGORY.matcher(pathInStore);
    if (m.matches()) {
      return Optional.of(View.shared("/store/category.xhtml", "slug", m.group(1)));
    }
    m = PRODUCT.matcher(pathInStore);
    if (m.matches()) {
      return Optional.of(View.shared("/store/product.xhtml", "id", m.group(1)));
    }
    m = CONTENT.matcher(pathInStore);
    if (m.matches()) {
      return Optional.of(View.content(m.group(1)));
    }
    return Optional.empty();
  }

  /**
   * The platform's own endpoints, which a store on its own host name answers too: sign-in and
   * sign-out (a shopper signs in where they shop), the sign-in callback, the API description, the
   * health checks and the liveness ping. They are the same servlets as on the platform's host.
   */
  public static boolean isPlatformEndpoint(String pathInStore) {
    return switch (pathInStore) {
      case "/signin",
              "/signout",
              "/callback",
              "/openapi",
              "/ops/ping",
              "/health",
              "/health/live",
              "/health/ready" ->
          true;
      default -> false;
    };
  }

  private static final Pattern ORDER = Pattern.compile("/orders/([1-9][0-9]{0,17})(/pay)?/?");

  private static final Pattern ACTION =
      Pattern.compile(
          "/(cart)/(add|update|remove|coupon|coupon-remove|shipping)"
              + "|/(checkout)/(place|cancel)"
              + "|/(account)/cards/(remove)"
              + "|/(micro)/(unlock|tip|buy|pay-with|top-up|open-tab|close-tab|tab-card|pay-tab|pay-tab-cancel|key-create|key-revoke)"
              + "|/(embed)/([1-9][0-9]{0,17}(?:/(?:state|connect|unlock|tip))?)");

  /**
   * A form action below a store ({@code /cart/add}, {@code /checkout/place}, {@code
   * /account/cards/remove}, ...): the internal address its servlet answers at, where the store
   * router forwards it ({@code /store-actions/cart/add}). Those addresses are not reachable
   * directly.
   */
  public static Optional<String> action(String pathInStore) {
    if (pathInStore.equals("/session")) {
      return Optional.of("/store-actions/session");
    }
    Matcher m = ACTION.matcher(pathInStore);
    if (!m.matches()) {
      return Optional.empty();
    }
    for (int group = 1; group <= m.groupCount(); group += 2) {
      if (m.group(group) != null) {
        return Optional.of("/store-actions/" + m.group(group) + "/" + m.group(group + 1));
      }
    }
    return Optional.empty();
  }

  /** Paths below a store that are served as they are (scripts, styles, images). */
  public static boolean isStaticResource(String pathInStore) {
    return pathInStore.startsWith("/jakarta.faces.resource/")
        || pathInStore.startsWith("/resources/")
        || pathInStore.equals("/favicon.ico");
  }
}
