package dev.penny.storefront.micro;

import dev.penny.money.Money;
import dev.penny.money.MoneyDisplay;
import dev.penny.payments.purchase.Funding;
import dev.penny.payments.purchase.Receipt;
import dev.penny.payments.purchase.Sale;
import dev.penny.platform.json.Jsonp;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.Problem;
import dev.penny.platform.tenancy.ActiveTenant;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the embeddable button answers: its frame, the pop-up that connects it, and JSON. The pages
 * have no inline script (the Content-Security-Policy allows Penny's own script files only); what
 * the scripts need travels in {@code data-} attributes.
 */
final class ButtonPages {

  private ButtonPages() {}

  /** The frame: the article's title and price, the unlock button and the store's tip buttons. */
  static void frame(
      HttpServletRequest request,
      HttpServletResponse response,
      ActiveTenant store,
      Sale sale,
      List<Money> tips,
      String base)
      throws IOException {
    String context = request.getContextPath();
    String price = price(sale.price());
    String pass = sale.pass().map(p -> " for " + p.toHours() + " hours").orElse("");
    StringBuilder tipButtons = new StringBuilder();
    for (Money tip : tips) {
      tipButtons
          .append(
              "<button type=\"button\" class=\"penny-button-tip\" data-testid=\"embed-tip-button\"")
          .append(" data-amount=\"")
          .append(tip.toPlainString())
          .append("\">")
          .append(escape(price(tip)))
          .append("</button> ");
    }
    String article = base.replace("/embed/", "/a/");
    String html =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>Unlock "
            + escape(sale.title())
            + " · "
            + escape(store.name())
            + "</title><link rel=\"stylesheet\" href=\""
            + context
            + "/resources/css/store.css\"></head>"
            + "<body class=\"penny-button\" data-testid=\"embed-frame\" data-base=\""
            + escape(base)
            + "\" data-store=\""
            + store.id()
            + "\" data-content=\""
            + sale.itemId().getAsLong()
            + "\"><main class=\"penny-button-box\">"
            + "<p class=\"penny-button-store\">"
            + escape(store.name())
            + "</p><h1 class=\"penny-button-title\" data-testid=\"embed-title\">"
            + escape(sale.title())
            + "</h1><p><button type=\"button\" id=\"embed-unlock\" data-testid=\"embed-unlock-button\""
            + " data-price=\""
            + sale.price().toPlainString()
            + "\">"
            + "Unlock for "
            + escape(price)
            + escape(pass)
            + "</button></p>"
            + (tips.isEmpty()
                ? ""
                : "<p class=\"penny-button-tips\">Tip the author: " + tipButtons + "</p>")
            + "<p id=\"embed-status\" data-testid=\"embed-status\" role=\"status\""
            + " aria-live=\"polite\"></p>"
            + "<p id=\"embed-read\" hidden><a data-testid=\"embed-read-link\" target=\"_blank\""
            + " rel=\"noopener\" href=\""
            + escape(article)
            + "\">Read it on "
            + escape(store.name())
            + "</a></p>"
            + "<p class=\"hint\">One click from your Penny wallet or tab; no card form.</p>"
            + "</main><script src=\""
            + context
            + "/resources/js/penny-button-frame.js\"></script></body></html>";
    page(response, html);
  }

  /** The pop-up, for a signed-in shopper: allow the button to buy for them in this store. */
  static void connect(
      HttpServletRequest request,
      HttpServletResponse response,
      ActiveTenant store,
      Sale sale,
      String base,
      Optional<Funding> choice,
      String site)
      throws IOException {
    boolean tab = choice.orElse(Funding.WALLET) == Funding.TAB;
    String html =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>Allow the Penny button · "
            + escape(store.name())
            + "</title><link rel=\"stylesheet\" href=\""
            + request.getContextPath()
            + "/resources/css/store.css\"></head><body class=\"penny-button\"><main"
            + " class=\"penny-button-box\"><h1>Pay "
            + escape(store.name())
            + " with one click</h1><p>The Penny button on <strong data-testid=\"embed-connect-site\">"
            + escape(site)
            + "</strong> sells <strong>"
            + escape(sale.title())
            + "</strong> for "
            + escape(store.name())
            + ". Allow it to buy for you there with one click for the next hour; each purchase"
            + " still needs your click. Only allow sites you trust.</p>"
            + "<form method=\"post\" action=\""
            + escape(base)
            + "/connect\"><input type=\"hidden\" name=\"site\" value=\""
            + escape(site)
            + "\"><fieldset><legend>Pay from</legend><label><input type=\"radio\""
            + " name=\"funding\" value=\"wallet\""
            + (tab ? "" : " checked")
            + " data-testid=\"embed-connect-wallet\"> my wallet</label> <label><input type=\"radio\""
            + " name=\"funding\" value=\"tab\""
            + (tab ? " checked" : "")
            + " data-testid=\"embed-connect-tab\"> my tab</label></fieldset>"
            + "<p><button type=\"submit\" data-testid=\"embed-connect-allow\">Allow</button></p>"
            + "</form></main></body></html>";
    page(response, html);
  }

  /** After "Allow": hands the grant to the frame that opened the pop-up, and closes it. */
  static void granted(HttpServletRequest request, HttpServletResponse response, String grant)
      throws IOException {
    String html =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Penny button"
            + " allowed</title></head><body class=\"penny-button\" data-grant=\""
            + escape(grant)
            + "\"><main class=\"penny-button-box\"><p data-testid=\"embed-connected\">Done: go back"
            + " to the page and click again. You can close this window.</p></main>"
            + "<script src=\""
            + request.getContextPath()
            + "/resources/js/penny-button-connect.js\"></script></body></html>";
    response.setHeader("Cache-Control", "no-store");
    page(response, html);
  }

  /** 201 with the receipt; a replay of the same key answers 200, {@code Idempotent-Replayed}. */
  static void receipt(HttpServletResponse response, Receipt receipt) throws IOException {
    if (receipt.replayed()) {
      response.setHeader("Idempotent-Replayed", "true");
    }
    json(
        response,
        receipt.replayed() ? 200 : 201,
        Jsonp.JSON
            .createObjectBuilder()
            .add("id", receipt.publicId())
            .add("kind", receipt.kind().name().toLowerCase(Locale.ROOT))
            .add("title", receipt.title())
            .add("amount", receipt.amount().toPlainString())
            .add("amountText", price(receipt.amount()))
            .add("funding", receipt.funding().name().toLowerCase(Locale.ROOT))
            .build()
            .toString());
  }

  static void problem(HttpServletResponse response, ErrorCode code, String detail)
      throws IOException {
    Problem problem = Problem.of(code, detail);
    response.setStatus(problem.status());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(problem.toJson());
  }

  static void json(HttpServletResponse response, int status, String body) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(body);
  }

  private static void page(HttpServletResponse response, String html) throws IOException {
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (response.getHeader("Cache-Control") == null) {
      response.setHeader("Cache-Control", "private, no-cache");
    }
    response.getWriter().write(html);
  }

  private static String price(Money money) {
    return MoneyDisplay.format(money, Locale.US);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
