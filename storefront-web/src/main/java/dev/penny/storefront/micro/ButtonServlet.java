package dev.penny.storefront.micro;

import dev.penny.money.Money;
import dev.penny.money.MoneyDisplay;
import dev.penny.payments.button.ButtonGrants;
import dev.penny.payments.purchase.Funding;
import dev.penny.payments.purchase.MicroPurchaseService;
import dev.penny.payments.purchase.PayWithChoices;
import dev.penny.payments.purchase.Payer;
import dev.penny.payments.purchase.Purchases;
import dev.penny.payments.purchase.Receipt;
import dev.penny.payments.purchase.Sale;
import dev.penny.platform.idempotency.IdempotencyKeys;
import dev.penny.platform.identity.SameOrigin;
import dev.penny.platform.identity.ShopperContext;
import dev.penny.platform.identity.SignInLink;
import dev.penny.platform.json.Jsonp;
import dev.penny.platform.problem.DomainException;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.store.StoreSettingsRepository;
import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.TenantContext;
import dev.penny.storefront.servlet.DeclaredMethodsServlet;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embeddable button of one article ({@code /s/{store}/embed/{id}}): the one Penny page any site
 * may frame (see {@code SecurityHeadersFilter}). Its frame cannot use the shopper's session (a
 * browser does not send Penny's cookies to a frame inside another site), so it buys with a {@link
 * ButtonGrants grant}: the first purchase opens {@code .../connect} in a pop-up on Penny's own
 * origin, where the shopper signs in (through Keycloak) and allows the button; the pop-up hands the
 * grant to the frame by {@code postMessage} to Penny's origin only. Then:
 *
 * <ul>
 *   <li>{@code GET .../state}: price, tips, whether the shopper holds the article;
 *   <li>{@code POST .../unlock} and {@code POST .../tip} ({@code amount}, {@code note}), with
 *       {@code Authorization: PennyButton <grant>} and an {@code Idempotency-Key}: JSON receipts or
 *       problems, as the API answers.
 * </ul>
 */
@WebServlet(urlPatterns = ButtonServlet.PATH + "*")
public class ButtonServlet extends DeclaredMethodsServlet {

  static final String PATH = "/store-actions/embed/";
  private static final long serialVersionUID = 1L;
  private static final Pattern ADDRESS =
      Pattern.compile("([1-9][0-9]{0,17})(?:/(state|connect|unlock|tip))?");
  private static final String SCHEME = "PennyButton ";

  @Inject MicroPurchaseService purchases;
  @Inject Purchases records;
  @Inject PayWithChoices choices;
  @Inject ButtonGrants grants;
  @Inject StoreSettingsRepository settings;
  @Inject ShopperContext shoppers;
  @Inject TenantContext tenant;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Matcher> address = address(request);
    if (address.isEmpty() || tenant.tenant().isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ActiveTenant store = tenant.tenant().get();
    long contentId = Long.parseLong(address.get().group(1));
    String op = address.get().group(2);
    try {
      Sale sale = purchases.unlockOf(contentId);
      if (op == null) {
        ButtonPages.frame(request, response, store, sale, tips(), base(request, contentId));
      } else if (op.equals("state")) {
        state(request, response, store, sale);
      } else if (op.equals("connect")) {
        String site = request.getParameter("site");
        if (!ButtonGrants.isSite(site)) {
          response.sendError(
              HttpServletResponse.SC_BAD_REQUEST, "The button opens this page for its site.");
          return;
        }
        if (shoppers.shopper().isEmpty()) {
          signInFirst(request, response, contentId, site);
          return;
        }
        ButtonPages.connect(
            request, response, store, sale, base(request, contentId), choice(), site);
      } else {
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      }
    } catch (DomainException e) {
      if (op == null || op.equals("connect")) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
      } else {
        ButtonPages.problem(response, e.errorCode(), e.getMessage());
      }
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Matcher> address = address(request);
    if (address.isEmpty() || tenant.tenant().isEmpty() || address.get().group(2) == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ActiveTenant store = tenant.tenant().get();
    long contentId = Long.parseLong(address.get().group(1));
    String op = address.get().group(2);
    try {
      switch (op) {
        case "connect" -> connect(request, response, store, contentId);
        case "unlock" -> {
          String shopper = grantedShopper(request, store);
          String key = IdempotencyKeys.require(request.getHeader("Idempotency-Key"));
          // The price the frame showed, which the unlock must still have (price_changed); a
          // post that does not say it is refused the same way: what was shown is not known.
          if (request.getParameter("price") == null) {
            throw new dev.penny.platform.problem.InvalidInputException(
                ErrorCode.PRICE_CHANGED,
                java.util.List.of(
                    "The button did not say the price: reload it; nothing was charged."));
          }
          Optional<Money> shown = Optional.of(amount(request.getParameter("price"), store));
          Receipt receipt =
              purchases.unlock(store, contentId, payer(shopper), "button:" + key, shown);
          ButtonPages.receipt(response, receipt);
        }
        case "tip" -> {
          String shopper = grantedShopper(request, store);
          String key = IdempotencyKeys.require(request.getHeader("Idempotency-Key"));
          purchases.unlockOf(contentId);
          Receipt receipt =
              purchases.tip(
                  store,
                  amount(request.getParameter("amount"), store),
                  Optional.ofNullable(request.getParameter("note")).filter(n -> !n.isBlank()),
                  OptionalLong.of(contentId),
                  payer(shopper),
                  "button:" + key);
          ButtonPages.receipt(response, receipt);
        }
        default -> response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      }
    } catch (DomainException e) {
      ButtonPages.problem(response, e.errorCode(), e.getMessage());
    }
  }

  /**
   * The pop-up's "Allow": a grant for the signed-in shopper, handed to the frame that opened it.
   */
  private void connect(
      HttpServletRequest request, HttpServletResponse response, ActiveTenant store, long contentId)
      throws IOException {
    if (!SameOrigin.check(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    String site = request.getParameter("site");
    if (!ButtonGrants.isSite(site)) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    var shopper = shoppers.shopper();
    if (shopper.isEmpty()) {
      signInFirst(request, response, contentId, site);
      return;
    }
    String funding = request.getParameter("funding");
    if ("tab".equals(funding) || "wallet".equals(funding)) {
      choices.choose(shopper.get().subject(), Funding.valueOf(funding.toUpperCase(Locale.ROOT)));
    }
    ButtonPages.granted(request, response, grants.issue(shopper.get().subject(), store.id(), site));
  }

  private void state(
      HttpServletRequest request, HttpServletResponse response, ActiveTenant store, Sale sale)
      throws IOException {
    Optional<String> shopper =
        grant(request).flatMap(g -> grants.shopperOf(g, store.id(), site(request)));
    JsonObjectBuilder json =
        Jsonp.JSON
            .createObjectBuilder()
            .add("title", sale.title())
            .add("price", sale.price().toPlainString())
            .add("priceText", MoneyDisplay.format(sale.price(), Locale.US))
            .add("currency", sale.price().currency().getCurrencyCode())
            .add("connected", shopper.isPresent())
            .add(
                "owned",
                shopper.isPresent() && records.holds(shopper.get(), sale.itemId().getAsLong()));
    JsonArrayBuilder tips = Jsonp.JSON.createArrayBuilder();
    tips().forEach(t -> tips.add(t.toPlainString()));
    json.add("tips", tips);
    ButtonPages.json(response, 200, json.build().toString());
  }

  private String grantedShopper(HttpServletRequest request, ActiveTenant store) {
    return grant(request)
        .flatMap(g -> grants.shopperOf(g, store.id(), site(request)))
        .orElseThrow(() -> new ButtonRefused(ErrorCode.BUTTON_NOT_CONNECTED));
  }

  /** To Keycloak's sign-in, and back to the pop-up for the same site. */
  private void signInFirst(
      HttpServletRequest request, HttpServletResponse response, long contentId, String site)
      throws IOException {
    response.sendRedirect(
        SignInLink.to(
            request.getContextPath(),
            tenant.basePath()
                + "/embed/"
                + contentId
                + "/connect?site="
                + java.net.URLEncoder.encode(site, java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** The site the frame is on, as the frame's own script reports it. */
  private static String site(HttpServletRequest request) {
    return request.getHeader("Penny-Button-Site");
  }

  private static Optional<String> grant(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.startsWith(SCHEME)
        ? Optional.of(header.substring(SCHEME.length()).strip())
        : Optional.empty();
  }

  private Payer payer(String shopper) {
    return Payer.throughButton(shopper, choices.choice(shopper).orElse(Funding.WALLET));
  }

  private Optional<Funding> choice() {
    return shoppers.shopper().flatMap(s -> choices.choice(s.subject()));
  }

  private List<Money> tips() {
    return settings.current().map(s -> s.tipPresets().amounts()).orElse(List.of());
  }

  private String base(HttpServletRequest request, long contentId) {
    return request.getContextPath() + tenant.basePath() + "/embed/" + contentId;
  }

  private static Money amount(String text, ActiveTenant store) {
    if (text == null || !text.strip().matches("[0-9]{1,9}(\\.[0-9]{1,6})?")) {
      throw new ButtonRefused(ErrorCode.INVALID_AMOUNT);
    }
    return Money.parse(text.strip(), store.currency());
  }

  private static Optional<Matcher> address(HttpServletRequest request) {
    String info = request.getPathInfo();
    if (info == null) {
      return Optional.empty();
    }
    Matcher m = ADDRESS.matcher(info.substring(1));
    return m.matches() ? Optional.of(m) : Optional.empty();
  }

  /** A refusal of the button's own: not connected, or an amount that is not one. */
  static final class ButtonRefused extends DomainException {
    private static final long serialVersionUID = 1L;

    ButtonRefused(ErrorCode code) {
      super(
          code,
          code == ErrorCode.BUTTON_NOT_CONNECTED
              ? "Sign in to Penny and allow this button first."
              : "Enter an amount such as 2.50.");
    }
  }
}
