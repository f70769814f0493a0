package dev.penny.storefront.shopping;

import dev.penny.cart.cart.CartOwner;
import dev.penny.cart.order.Order;
import dev.penny.cart.order.OrderPlacement;
import dev.penny.cart.order.OrderService;
import dev.penny.cart.order.ShippingAddress;
import dev.penny.money.Money;
import dev.penny.platform.identity.SameOrigin;
import dev.penny.platform.problem.DomainException;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.InvalidInputException;
import dev.penny.platform.tenancy.TenantContext;
import dev.penny.storefront.servlet.DeclaredMethodsServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Places the order ({@code POST /s/{store}/checkout/place}): the cart as priced now, the e-mail,
 * the address for physical goods, and the total the shopper saw (a changed total is refused, not
 * charged). Then on to the payment step; a refusal goes back to the checkout page with the form as
 * it was typed and the reasons.
 */
@WebServlet(urlPatterns = CheckoutActionServlet.PATH + "*")
public class CheckoutActionServlet extends DeclaredMethodsServlet {

  public static final String PATH = "/store-actions/checkout/";
  private static final long serialVersionUID = 1L;

  @Inject OrderService orders;
  @Inject ShopperCart shopperCart;
  @Inject TenantContext tenant;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String action = String.valueOf(request.getPathInfo());
    if (!action.equals("/place") && !action.equals("/cancel")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (!SameOrigin.check(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    String base = request.getContextPath() + tenant.basePath();
    if (action.equals("/cancel")) {
      cancel(request, response, base);
      return;
    }
    Optional<CartOwner> owner = shopperCart.existing(request, response);
    if (owner.isEmpty()) {
      redirect(response, base + "/cart?problem=cart_empty");
      return;
    }
    try {
      Order order = orders.place(owner.get(), placement(request));
      if (!order.total().isPositive()) {
        // Nothing for a card to pay: paid as placed, straight to the order's page.
        orders.completeWithoutPayment(order.number(), tenant.tenant().orElseThrow().slug());
        redirect(response, base + "/orders/" + order.number() + "?key=" + order.accessKey());
        return;
      }
      redirect(response, base + "/orders/" + order.number() + "/pay?key=" + order.accessKey());
    } catch (InvalidInputException e) {
      CheckoutForm.of(request, e.problems()).keep(request);
      redirect(response, base + "/checkout");
    } catch (DomainException e) {
      CheckoutForm.of(request, List.of(e.getMessage())).keep(request);
      redirect(response, base + "/checkout");
    }
  }

  /**
   * The shopper gives up an unpaid order from its payment step (the order's key proves it is
   * theirs): its stock goes back at once instead of at the unpaid-order sweep.
   */
  private void cancel(HttpServletRequest request, HttpServletResponse response, String base)
      throws IOException {
    String number = request.getParameter("number");
    String key = request.getParameter("key");
    Optional<OrderService.OrderDetail> order =
        number == null || !number.matches("[1-9][0-9]{0,17}")
            ? Optional.empty()
            : orders.detail(Long.parseLong(number), key);
    if (order.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try {
      orders.cancelUnpaid(
          order.get().order().number(), tenant.tenant().orElseThrow().slug(), "shopper");
    } catch (DomainException e) {
      // Already paid or cancelled: the order's page says where it is.
    }
    redirect(response, base + "/orders/" + number + "?key=" + order.get().order().accessKey());
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
  }

  /**
   * The order as the form gives it, or every problem of the form at once (the e-mail address's and
   * the address's), as the form lists them.
   */
  private OrderPlacement placement(HttpServletRequest request) {
    Optional<Money> expected = expectedTotal(request);
    Optional<String> cartSeen = expectedCart(request);
    List<String> problems = new java.util.ArrayList<>();
    ErrorCode code = null;
    Optional<ShippingAddress> address = Optional.empty();
    if (request.getParameter("line1") != null) {
      try {
        address =
            Optional.of(
                new ShippingAddress(
                    request.getParameter("name"),
                    request.getParameter("line1"),
                    request.getParameter("city"),
                    request.getParameter("postcode"),
                    request.getParameter("country")));
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
        code = e.errorCode();
      }
    }
    try {
      OrderPlacement placement =
          new OrderPlacement(request.getParameter("email"), address, expected, cartSeen);
      if (problems.isEmpty()) {
        return placement;
      }
    } catch (InvalidInputException e) {
      problems.addAll(0, e.problems());
      code = e.errorCode();
    }
    throw new InvalidInputException(code, problems);
  }

  /** The cart the page showed ({@code expected-cart}); a post without it changed nothing seen. */
  private static Optional<String> expectedCart(HttpServletRequest request) {
    String fingerprint = request.getParameter("expected-cart");
    if (fingerprint == null || !fingerprint.matches("[0-9a-f]{32}")) {
      throw new InvalidInputException(
          ErrorCode.CART_CHANGED, List.of("Your cart changed since you saw it; please review it."));
    }
    return Optional.of(fingerprint);
  }

  private Optional<Money> expectedTotal(HttpServletRequest request) {
    String micros = request.getParameter("expected-total");
    if (micros == null || !micros.matches("(0|[1-9][0-9]{0,17})")) {
      // The page always sends the total it showed: without one (or with one that is not a
      // total), what the shopper agreed to is not known.
      throw new InvalidInputException(
          ErrorCode.CART_CHANGED,
          List.of("Your cart changed since you saw its total; please review it."));
    }
    return Optional.of(
        Money.ofMicros(Long.parseLong(micros), tenant.tenant().orElseThrow().currency()));
  }

  private static void redirect(HttpServletResponse response, String location) {
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", location);
  }
}
