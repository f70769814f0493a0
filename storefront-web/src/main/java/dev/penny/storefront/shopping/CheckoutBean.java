package dev.penny.storefront.shopping;

import dev.penny.cart.cart.CartService;
import dev.penny.cart.cart.CartView;
import dev.penny.platform.identity.Shopper;
import dev.penny.platform.identity.ShopperContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The checkout page: the cart as priced now, and the form for e-mail and address. */
@Named("checkout")
@RequestScoped
public class CheckoutBean {

  /** A country for the address list: ISO code and English name. */
  public record Country(String code, String name) {}

  private static final List<Country> COUNTRIES =
      java.util.Arrays.stream(Locale.getISOCountries())
          .map(c -> new Country(c, new Locale("", c).getDisplayCountry(Locale.ENGLISH)))
          // As a reader orders them (Åland Islands under A, Côte d'Ivoire before Croatia), not
          // by code point.
          .sorted(
              Comparator.comparing(Country::name, java.text.Collator.getInstance(Locale.ENGLISH)))
          .toList();

  private final CartService carts;
  private final ShopperCart shopperCart;
  private final ShopperContext shoppers;
  private CartView view;
  private CheckoutForm form;

  @Inject
  public CheckoutBean(CartService carts, ShopperCart shopperCart, ShopperContext shoppers) {
    this.carts = carts;
    this.shopperCart = shopperCart;
    this.shoppers = shoppers;
  }

  protected CheckoutBean() {
    this(null, null, null);
  }

  public void load() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    view = shopperCart.existing(request, response).map(carts::view).orElseGet(carts::emptyView);
    form =
        CheckoutForm.take(request)
            .orElseGet(
                () ->
                    new CheckoutForm(
                        shoppers
                            .shopper()
                            .flatMap(Shopper::email)
                            .map(e -> java.util.Map.of("email", e))
                            .orElse(java.util.Map.of()),
                        List.of()));
  }

  public CartView getView() {
    return view;
  }

  public CheckoutForm getForm() {
    return form;
  }

  public List<Country> getCountries() {
    return COUNTRIES;
  }

  /** The country chosen before, else the store currency's usual one. */
  public String getCountry() {
    String typed = form.value("country");
    if (!typed.isEmpty()) {
      return typed;
    }
    return switch (view.totals().total().currency().getCurrencyCode()) {
      case "EUR" -> "DE";
      case "GBP" -> "GB";
      case "JPY" -> "JP";
      default -> "US";
    };
  }
}
