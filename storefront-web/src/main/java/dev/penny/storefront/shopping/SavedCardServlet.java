package dev.penny.storefront.shopping;

import dev.penny.cart.order.CardPayments;
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
 * card, or no sign-in, is not found.
 */
@WebServlet("/store-actions/account/remove")
public class SavedCardServlet extends DeclaredMethodsServlet {

  private static final long serialVersionUID = 1L;

  @Inject CardPayments payments;
  @Inject ShopperContext shoppers;
  @Inject TenantContext tenant;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!SameOrigin.check(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Optional<Shopper> shopper = shoppers.shopper();
    String token = request.getParameter("card");
    if (shopper.isEmpty()
        || token == null
        || !payments.removeSavedCard(shopper.get().subject(), token)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader(
        "Location", request.getContextPath() + tenant.basePath() + "/account?removed=card");
  }
}
