package dev.penny.storefront.shopping;

import dev.penny.cart.order.CardPayments;
import dev.penny.payments.tab.TabService;
import dev.penny.platform.identity.SameOrigin;
import dev.penny.platform.identity.Shopper;
import dev.penny.platform.identity.ShopperContext;
import dev.penny.platform.tenancy.TenantContext;
import dev.penny.storefront.servlet.DeclaredMethodsServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Removes one of the signed-in shopper's saved cards ({@code POST /s/{store}/account/cards/remove},
 * from their account page): the zone forgets it and it can no longer be charged. Someone else's
 * card, or no sign-in, is not found. The card a tab is charged to stays while the tab is open or
 * owes: the account page says to close or pay the tab first.
 */
@WebServlet("/store-actions/account/remove")
public class SavedCardServlet extends DeclaredMethodsServlet {

  private static final long serialVersionUID = 1L;

  @Inject CardPayments payments;
  @Inject ShopperContext shoppers;
  @Inject TenantContext tenant;
  @Inject TabService tabs;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!SameOrigin.check(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Optional<Shopper> shopper = shoppers.shopper();
    String token = request.getParameter("card");
    String account = request.getContextPath() + tenant.basePath() + "/account";
    if (shopper.isPresent() && token != null && tabs.chargesCard(shopper.get().subject(), token)) {
      // The tab's card stays while the tab may still be charged: the page says why.
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", account + "?problem=card_pays_tab");
      return;
    }
    if (shopper.isEmpty()
        || token == null
        || !payments.removeSavedCard(shopper.get().subject(), token)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", account + "?removed=card");
  }
}
