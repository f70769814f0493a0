package dev.penny.storefront.shopping;

import dev.penny.cart.cart.CartOwner;
import dev.penny.cart.cart.CartService;
import dev.penny.platform.identity.Shopper;
import dev.penny.platform.identity.ShopperContext;
import dev.penny.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * Whose cart a request is about: the signed-in shopper's (a guest cart in the same browser is
 * merged into it first, and its cookie cleared), else the browser's guest cart.
 */
@ApplicationScoped
public class ShopperCart {

  /** Session attribute: a guest cart did not fit whole into the signed-in shopper's. */
  static final String MERGE_SHORTENED = "penny.cartMergeShortened";

  private final CartService carts;
  private final ShopperContext shoppers;
  private final TenantContext tenant;

  @Inject
  public ShopperCart(CartService carts, ShopperContext shoppers, TenantContext tenant) {
    this.carts = carts;
    this.shoppers = shoppers;
    this.tenant = tenant;
  }

  /** For CDI's proxy only. */
  protected ShopperCart() {
    this(null, null, null);
  }

  /** The request's cart owner, if it has one yet (a guest without a cookie has none). */
  public Optional<CartOwner> existing(HttpServletRequest request, HttpServletResponse response) {
    Optional<CartOwner.Guest> guest = CartCookie.read(request);
    Optional<Shopper> shopper = shoppers.shopper();
    if (shopper.isPresent()) {
      CartOwner.Shopper owner = new CartOwner.Shopper(shopper.get().subject());
      if (guest.isPresent()) {
        if (carts.merge(guest.get(), owner) > 0) {
          // The cart page says so once, whichever page the merge happened on.
          request.getSession().setAttribute(MERGE_SHORTENED, Boolean.TRUE);
        }
        CartCookie.clear(request, response, tenant.basePath());
      }
      return Optional.of(owner);
    }
    return guest.map(CartOwner.class::cast);
  }

  /** The request's cart owner; a guest without one gets a new token (and its cookie) now. */
  public CartOwner forChange(HttpServletRequest request, HttpServletResponse response) {
    return existing(request, response)
        .orElseGet(
            () -> {
              CartOwner.Guest guest = CartOwner.newGuest();
              CartCookie.write(request, response, tenant.basePath(), guest.token());
              return guest;
            });
  }
}
