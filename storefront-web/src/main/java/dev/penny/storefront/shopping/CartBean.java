package dev.penny.storefront.shopping;

import dev.penny.cart.cart.CartService;
import dev.penny.cart.cart.CartView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The cart page: the shopper's cart priced now, and what the last action said. */
@Named("cart")
@RequestScoped
public class CartBean {

  private final CartService carts;
  private final ShopperCart shopperCart;
  private CartView view;
  private String notice;
  private String problem;

  @Inject
  public CartBean(CartService carts, ShopperCart shopperCart) {
    this.carts = carts;
    this.shopperCart = shopperCart;
  }

  protected CartBean() {
    this(null, null);
  }

  public void load() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    view = shopperCart.existing(request, response).map(carts::view).orElseGet(carts::emptyView);
    notice = CartMessages.notice(external.getRequestParameterMap().get("notice")).orElse(null);
    jakarta.servlet.http.HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(ShopperCart.MERGE_SHORTENED) != null) {
      session.removeAttribute(ShopperCart.MERGE_SHORTENED);
      notice = CartMessages.notice("merge-shortened").orElseThrow();
    }
    problem = CartMessages.problem(external.getRequestParameterMap().get("problem")).orElse(null);
  }

  public CartView getView() {
    return view;
  }

  public String getNotice() {
    return notice;
  }

  public String getProblem() {
    return problem;
  }
}
