package dev.penny.storefront.shopping;

import dev.penny.cart.cart.CartChange;
import dev.penny.cart.cart.CartOwner;
import dev.penny.cart.cart.CartQuantity;
import dev.penny.cart.cart.CartService;
import dev.penny.platform.identity.SameOrigin;
import dev.penny.platform.problem.DomainException;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.tenancy.TenantContext;
import dev.penny.storefront.servlet.DeclaredMethodsServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;

/**
 * The cart's form actions ({@code /s/{store}/cart/add}, {@code update}, {@code remove}, {@code
 * coupon}, {@code coupon-remove}, {@code shipping}). The store router forwards them here with the
 * store bound; they are not reachable directly. (The mini-cart's count comes with {@code
 * /s/{store}/session}.) Each action answers 303 to the cart page with a notice or a problem code.
 */
@WebServlet(urlPatterns = CartActionServlet.PATH + "*")
public class CartActionServlet extends DeclaredMethodsServlet {

  /** Where the store router forwards cart actions: {@code /store-actions/cart/add}. */
  public static final String PATH = "/store-actions/cart/";

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(CartActionServlet.class.getName());

  @Inject CartService carts;
  @Inject ShopperCart shopperCart;
  @Inject TenantContext tenant;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String action = action(request);
    if (!SameOrigin.check(request)) {
      LOG.fine(() -> "Cross-site cart post refused: " + action);
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    String cartPage = request.getContextPath() + tenant.basePath() + "/cart";
    try {
      String result = perform(action, request, response);
      if (result == null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      redirect(response, cartPage + "?" + result);
    } catch (DomainException e) {
      redirect(response, cartPage + "?problem=" + e.code());
    }
  }

  /** Performs the action; the query the cart page shows it with, or null for no such action. */
  private String perform(String action, HttpServletRequest request, HttpServletResponse response) {
    switch (action) {
      case "add" -> {
        long variant = id(request, "variant", ErrorCode.PRODUCT_NOT_FOUND);
        int quantity = quantity(request, false);
        CartOwner owner = shopperCart.forChange(request, response);
        return notice(carts.add(owner, variant, quantity), "added");
      }
      case "update" -> {
        long line = id(request, "line", ErrorCode.CART_LINE_NOT_FOUND);
        int quantity = quantity(request, true);
        return notice(carts.change(owner(request, response), line, quantity), "updated");
      }
      case "remove" -> {
        long line = id(request, "line", ErrorCode.CART_LINE_NOT_FOUND);
        carts.remove(owner(request, response), line);
        return "notice=removed";
      }
      case "coupon" -> {
        carts.applyCoupon(owner(request, response), request.getParameter("code"));
        return "notice=coupon-applied";
      }
      case "coupon-remove" -> {
        carts.removeCoupon(owner(request, response));
        return "notice=coupon-removed";
      }
      case "shipping" -> {
        long method = id(request, "method", ErrorCode.NOT_FOUND);
        carts.chooseShipping(owner(request, response), method);
        return "notice=shipping-chosen";
      }
      default -> {
        return null;
      }
    }
  }

  private CartOwner owner(HttpServletRequest request, HttpServletResponse response) {
    Optional<CartOwner> owner = shopperCart.existing(request, response);
    return owner.orElseThrow(() -> new CartActionRefused(ErrorCode.CART_EMPTY));
  }

  private static String notice(CartChange change, String done) {
    return change.capped() ? "notice=capped" : "notice=" + done;
  }

  private static long id(HttpServletRequest request, String name, ErrorCode whenMissing) {
    OptionalLong id = Ids.parse(request.getParameter(name));
    return id.orElseThrow(() -> new CartActionRefused(whenMissing));
  }

  private static int quantity(HttpServletRequest request, boolean zeroAllowed) {
    return CartQuantity.parse(request.getParameter("quantity"), zeroAllowed);
  }

  private static String action(HttpServletRequest request) {
    String info = request.getPathInfo();
    return info == null ? "" : info.substring(1);
  }

  private static void redirect(HttpServletResponse response, String location) {
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", location);
  }

  /** A refusal of the action itself (an id missing or malformed), with the code to show. */
  static final class CartActionRefused extends DomainException {
    private static final long serialVersionUID = 1L;

    CartActionRefused(ErrorCode code) {
      super(code, code.code());
    }
  }
}
