package dev.penny.storefront.shopping;

import dev.penny.cart.cart.CartService;
import dev.penny.platform.identity.Shopper;
import dev.penny.platform.identity.ShopperContext;
import dev.penny.platform.json.Jsonp;
import dev.penny.platform.tenancy.TenantContext;
import dev.penny.storefront.identity.SignOutToken;
import dev.penny.storefront.servlet.DeclaredMethodsServlet;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code GET /s/{store}/session}: the personal part of a shared store page, as JSON for the page's
 * script: who is signed in (name, account address, the sign-out form's token) and the mini-cart's
 * count. Never cached; same-origin only by the browser's rules (no CORS headers), so another site
 * cannot read the sign-out token.
 */
@WebServlet("/store-actions/session")
public class SessionServlet extends DeclaredMethodsServlet {

  private static final long serialVersionUID = 1L;

  @Inject ShopperContext shoppers;
  @Inject ShopperCart shopperCart;
  @Inject CartService carts;
  @Inject TenantContext tenant;
  @Inject dev.penny.payments.wallet.WalletService wallets;
  @Inject dev.penny.payments.tab.TabService tabs;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String base = request.getContextPath() + tenant.basePath();
    int count = shopperCart.existing(request, response).map(carts::count).orElse(0);
    JsonObjectBuilder json = Jsonp.JSON.createObjectBuilder().add("cartCount", count);
    Optional<Shopper> shopper = shoppers.shopper();
    HttpSession session = request.getSession(false);
    if (shopper.isPresent() && session != null) {
      json.add("signedIn", true)
          .add("name", shopper.get().username())
          .add("accountUrl", base + "/account")
          .add(
              "signOut",
              Jsonp.JSON
                  .createObjectBuilder()
                  .add("action", request.getContextPath() + "/signout")
                  .add("returnPath", tenant.basePath() + "/")
                  .add("csrf", SignOutToken.of(session)))
          .add("wallet", wallet(shopper.get().subject(), base));
    } else {
      json.add("signedIn", false);
    }
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(json.build().toString());
  }

  /** The shopper's wallet balance and tab progress in this store's currency, for the header. */
  private JsonObjectBuilder wallet(String subject, String base) {
    java.util.Currency currency = tenant.tenant().orElseThrow().currency();
    JsonObjectBuilder wallet =
        Jsonp.JSON
            .createObjectBuilder()
            .add("url", base + "/wallet")
            .add(
                "balance",
                dev.penny.money.MoneyDisplay.format(
                    wallets.balance(subject, currency), java.util.Locale.US));
    tabs.view(subject, currency)
        .ifPresentOrElse(
            tab -> wallet.add("tab", tab.progress() + (tab.closed() ? " (closed)" : "")),
            () -> wallet.addNull("tab"));
    return wallet;
  }
}
