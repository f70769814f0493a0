package dev.penny.tests.stack;

import dev.penny.tests.stack.Http.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A shopper's checkout over plain HTTP, as a browser would send it: a cart (its cookie), the order
 * placed, the payment step's card page, a card posted to the checkout zone on its own host. For
 * tests that look at what the servers did rather than at pages.
 */
public final class HttpCheckout {

  private static final Pattern FRAME =
      Pattern.compile("src=\"(http://pay\\.localhost:\\d+[^\"]+)\"");
  private static final Pattern TOTAL = Pattern.compile("name=\"expected-total\" value=\"(\\d+)\"");
  private static final Pattern CART =
      Pattern.compile("name=\"expected-cart\" value=\"([0-9a-f]{32})\"");

  private final String store;
  private final boolean onStoreHost;
  private String cookie = "";
  private String orderPath;
  private String cardPage;

  public HttpCheckout(String store) {
    this(store, false);
  }

  private HttpCheckout(String store, boolean onStoreHost) {
    this.store = store;
    this.onStoreHost = onStoreHost;
  }

  /**
   * A shopper on the store's own host ({@code demo-books.localhost}), its addresses without /s/.
   */
  public static HttpCheckout onStoreHost(String store) {
    return new HttpCheckout(store, true);
  }

  /** What the store's addresses start with: {@code /s/demo-books}, or nothing on its host. */
  public String base() {
    return onStoreHost ? "" : "/s/" + store;
  }

  /** Adds a variant by SKU, chooses the first shipping method, places the order. */
  public HttpCheckout order(String sku, int quantity) {
    post("/cart/add", "variant=" + DemoVariants.id(store, sku) + "&quantity=" + quantity);
    String cart = get(base() + "/cart").body();
    Matcher method = Pattern.compile("<option value=\"(\\d+)\"").matcher(cart);
    if (method.find()) {
      post("/cart/shipping", "method=" + method.group(1));
    }
    String page = get(base() + "/checkout").body();
    Matcher total = TOTAL.matcher(page);
    Matcher seen = CART.matcher(page);
    if (!total.find() || !seen.find()) {
      throw new IllegalStateException("The checkout page has no total or cart");
    }
    Response placed =
        post(
            "/checkout/place",
            "email=ada%40example.com&name=Ada&line1=1+Main+St&city=Springfield&postcode=12345"
                + "&country=US&expected-total="
                + total.group(1)
                + "&expected-cart="
                + seen.group(1));
    orderPath = placed.header("Location").replace("/pay?", "?");
    Matcher frame = FRAME.matcher(get(placed.header("Location")).body());
    if (!frame.find()) {
      throw new IllegalStateException("The payment step frames no card page");
    }
    cardPage = frame.group(1).replace("&amp;", "&");
    return this;
  }

  /**
   * Fills a cart with {@code sku} and posts the checkout with {@code expectedTotal} as the total
   * the page showed (null: none): the answer of the place action.
   */
  public Response placeClaiming(String sku, String expectedTotal) {
    post("/cart/add", "variant=" + DemoVariants.id(store, sku) + "&quantity=1");
    String cart = get(base() + "/cart").body();
    Matcher method = Pattern.compile("<option value=\"(\\d+)\"").matcher(cart);
    if (method.find()) {
      post("/cart/shipping", "method=" + method.group(1));
    }
    return post(
        "/checkout/place",
        "email=ada%40example.com&name=Ada&line1=1+Main+St&city=Springfield&postcode=12345"
            + "&country=US"
            + (expectedTotal == null ? "" : "&expected-total=" + expectedTotal));
  }

  /** Gives the order up from the payment step, as its "Cancel" button does; the answer. */
  public Response cancelFromPaymentStep() {
    return post("/checkout/cancel", "number=" + orderNumber() + "&key=" + orderKey());
  }

  /**
   * Where placing the order sent the browser (the payment step, {@code .../orders/{n}/pay?...}).
   */
  public String orderPath() {
    return orderPath;
  }

  /** The card page's address in the frame (on the zone's host). */
  public String cardPage() {
    return cardPage;
  }

  public String paymentId() {
    return query("payment");
  }

  public String secret() {
    return query("secret");
  }

  /** Posts a card to the zone as the framed page would; the zone's answer. */
  public Response payWith(String number, String expiry, String cvc) {
    String form =
        "payment="
            + paymentId()
            + "&secret="
            + secret()
            + "&card-number="
            + URLEncoder.encode(number, StandardCharsets.UTF_8)
            + "&card-expiry="
            + URLEncoder.encode(expiry, StandardCharsets.UTF_8)
            + "&card-cvc="
            + cvc;
    return Http.send("POST", "/checkout/card", zoneHeaders(form), form);
  }

  /** The card page as the frame shows it now. */
  public Response cardPageNow() {
    return Http.send(
        "GET",
        "/checkout/card?payment=" + paymentId() + "&secret=" + secret(),
        Map.of("Host", zoneHost()),
        null);
  }

  /** The order's page (the confirmation), which asks the zone whether it is paid. */
  public Response orderPage() {
    return get(orderPath);
  }

  /** The order's key (it is in the order's address and its receipts). */
  public String orderKey() {
    Matcher m = Pattern.compile("[?&]key=([^&]+)").matcher(orderPath);
    m.find();
    return m.group(1);
  }

  public long orderNumber() {
    Matcher m = Pattern.compile("/orders/(\\d+)").matcher(orderPath);
    m.find();
    return Long.parseLong(m.group(1));
  }

  private Map<String, String> zoneHeaders(String form) {
    Map<String, String> headers = new HashMap<>();
    headers.put("Host", zoneHost());
    headers.put("Content-Type", "application/x-www-form-urlencoded");
    return headers;
  }

  private String zoneHost() {
    return "pay.localhost:" + PennyStack.get().port();
  }

  private String query(String name) {
    Matcher m = Pattern.compile("[?&]" + name + "=([^&]+)").matcher(cardPage);
    m.find();
    return m.group(1);
  }

  /** A store page as this shopper's browser asks for it (its cookie, its host). */
  public Response get(String path) {
    return Http.send("GET", path, browserHeaders(), null);
  }

  private Map<String, String> browserHeaders() {
    Map<String, String> headers = new HashMap<>();
    if (!cookie.isEmpty()) {
      headers.put("Cookie", cookie);
    }
    if (onStoreHost) {
      headers.put("Host", store + ".localhost:" + PennyStack.get().port());
    }
    return headers;
  }

  private Response post(String action, String form) {
    Map<String, String> headers = browserHeaders();
    headers.put("Content-Type", "application/x-www-form-urlencoded");
    Response response = Http.send("POST", base() + action, headers, form);
    for (String setCookie : response.allOf("Set-Cookie")) {
      if (setCookie.startsWith("penny_cart=")) {
        cookie = setCookie.substring(0, setCookie.indexOf(';'));
      }
    }
    return response;
  }
}
