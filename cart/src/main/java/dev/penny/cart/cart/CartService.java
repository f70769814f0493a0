package dev.penny.cart.cart;

import dev.penny.cart.coupon.CouponRefusedException;
import dev.penny.cart.coupon.CouponService;
import dev.penny.cart.coupon.CouponTerms;
import dev.penny.cart.pricing.CartPricing;
import dev.penny.cart.pricing.CartTotals;
import dev.penny.cart.pricing.Discount;
import dev.penny.cart.pricing.LinePrice;
import dev.penny.money.Money;
import dev.penny.platform.catalog.Inventory;
import dev.penny.platform.catalog.SaleItem;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.InvalidInputException;
import dev.penny.platform.problem.ItemNotFoundException;
import dev.penny.platform.store.ShippingMethod;
import dev.penny.platform.store.ShippingMethodRepository;
import dev.penny.platform.store.StoreSettings;
import dev.penny.platform.store.StoreSettingsRepository;
import dev.penny.platform.tenancy.NoTenantException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cart of the current store's shopper: the one service the store pages and the API call to read
 * and change it. Every price, the tax and the totals come from the catalog and the store's settings
 * at the time of asking; nothing the client sends but variant ids, quantities, a coupon code and a
 * shipping choice is believed.
 */
@ApplicationScoped
public class CartService {

  private final CartRepository carts;
  private final Inventory inventory;
  private final CouponService coupons;
  private final ShippingMethodRepository shippingMethods;
  private final StoreSettingsRepository settings;
  private final Clock clock;

  @Inject
  public CartService(
      CartRepository carts,
      Inventory inventory,
      CouponService coupons,
      ShippingMethodRepository shippingMethods,
      StoreSettingsRepository settings,
      Clock clock) {
    this.carts = carts;
    this.inventory = inventory;
    this.coupons = coupons;
    this.shippingMethods = shippingMethods;
    this.settings = settings;
    this.clock = clock;
  }

  /** For CDI's proxy only. */
  protected CartService() {
    this(null, null, null, null, null, null);
  }

  /** How many items the owner's cart holds (the mini-cart's number). */
  @Transactional
  public int count(CartOwner owner) {
    return carts.find(owner, false).map(c -> (int) carts.count(c.id())).orElse(0);
  }

  @Transactional
  public CartView view(CartOwner owner) {
    Optional<Cart> cart = carts.find(owner, false);
    List<CartLine> lines = cart.map(c -> carts.lines(c.id())).orElse(List.of());
    return price(cart, lines);
  }

  /** What a shopper without a cart sees: nothing, at zero. */
  @Transactional
  public CartView emptyView() {
    return price(Optional.empty(), List.of());
  }

  /**
   * Adds {@code quantity} of a variant, on top of what the cart holds of it, capped at the stock
   * (with a notice). A variant this store does not sell (another store's, archived, unknown) is not
   * found; one out of stock is refused.
   */
  @Transactional
  public CartChange add(CartOwner owner, long variantId, int quantity) {
    CartQuantity.check(quantity);
    SaleItem item = inventory.items(List.of(variantId)).get(variantId);
    if (item == null || !item.active()) {
      throw new ItemNotFoundException(ErrorCode.PRODUCT_NOT_FOUND, "No such product");
    }
    if (item.available() <= 0) {
      throw new InvalidInputException(
          ErrorCode.OUT_OF_STOCK, List.of(item.productName() + " is out of stock."));
    }
    Cart cart = carts.find(owner, true).orElseGet(() -> open(owner));
    List<CartLine> lines = carts.lines(cart.id());
    Optional<CartLine> existing =
        lines.stream().filter(l -> l.variantId() == variantId).findFirst();
    if (existing.isEmpty() && lines.size() >= CartQuantity.MAX_LINES) {
      throw new InvalidInputException(
          ErrorCode.CART_FULL,
          List.of("A cart holds at most " + CartQuantity.MAX_LINES + " different items."));
    }
    int wanted = existing.map(CartLine::quantity).orElse(0) + quantity;
    int allowed = Math.min(Math.min(wanted, item.available()), CartQuantity.MAX_PER_LINE);
    Instant now = clock.instant();
    if (existing.isPresent()) {
      existing.get().quantity(allowed);
    } else {
      carts.add(new CartLine(cart.id(), variantId, allowed, now));
    }
    cart.touch(now);
    return allowed < wanted && allowed == item.available()
        ? CartChange.cappedAtStock()
        : CartChange.done();
  }

  /** Sets a line's quantity; 0 removes it. More than the stock is capped, with a notice. */
  @Transactional
  public CartChange change(CartOwner owner, long lineId, int quantity) {
    if (quantity == 0) {
      remove(owner, lineId);
      return CartChange.done();
    }
    CartQuantity.check(quantity);
    Cart cart = carts.find(owner, true).orElseThrow(CartService::noSuchLine);
    CartLine line = line(cart, lineId);
    SaleItem item = inventory.items(List.of(line.variantId())).get(line.variantId());
    int stock = item == null ? 0 : item.available();
    int allowed = Math.min(quantity, Math.max(stock, 1));
    line.quantity(allowed);
    cart.touch(clock.instant());
    return allowed < quantity ? CartChange.cappedAtStock() : CartChange.done();
  }

  @Transactional
  public void remove(CartOwner owner, long lineId) {
    Cart cart = carts.find(owner, true).orElseThrow(CartService::noSuchLine);
    carts.remove(line(cart, lineId));
    cart.touch(clock.instant());
  }

  /**
   * Puts a coupon on the cart if it applies to it now; otherwise the refusal says why and the cart
   * keeps what it had.
   */
  @Transactional
  public void applyCoupon(CartOwner owner, String code) {
    Cart cart = carts.find(owner, true).orElseThrow(CartService::emptyCart);
    List<CartLine> lines = carts.lines(cart.id());
    if (lines.isEmpty()) {
      throw emptyCart();
    }
    String normalised = CouponTerms.normalise(code);
    if (normalised.isEmpty() || normalised.length() > 40) {
      throw CouponRefusedException.unknown();
    }
    CartTotals totals = price(Optional.of(cart), lines).totals();
    coupons.discount(normalised, totals.subtotal());
    cart.coupon(Optional.of(normalised), clock.instant());
  }

  @Transactional
  public void removeCoupon(CartOwner owner) {
    carts.find(owner, true).ifPresent(c -> c.coupon(Optional.empty(), clock.instant()));
  }

  /** Chooses one of the store's shipping methods; another store's id is not found. */
  @Transactional
  public void chooseShipping(CartOwner owner, long methodId) {
    Cart cart = carts.find(owner, true).orElseThrow(CartService::emptyCart);
    ShippingMethod method =
        shippingMethods
            .find(methodId)
            .orElseThrow(
                () -> new ItemNotFoundException(ErrorCode.NOT_FOUND, "No such shipping method"));
    cart.shipping(Optional.of(method.id()), clock.instant());
  }

  /**
   * On sign-in: the guest cart's lines join the shopper's cart (quantities added, capped at the
   * stock and the line limit), its coupon carries over if the shopper's has none, and the guest
   * cart is gone. Nothing happens when the guest has no cart. How many of the guest's lines did not
   * join whole (fewer in stock, or past the 99 a line or the 50 lines a cart holds): the shopper is
   * told.
   */
  @Transactional
  public int merge(CartOwner.Guest guest, CartOwner.Shopper shopper) {
    Optional<Cart> guestCart = carts.find(guest, true);
    if (guestCart.isEmpty()) {
      return 0;
    }
    int shortened = 0;
    Cart target = carts.find(shopper, true).orElseGet(() -> open(shopper));
    List<CartLine> targetLines = carts.lines(target.id());
    List<CartLine> guestLines = carts.lines(guestCart.get().id());
    Map<Long, SaleItem> items =
        inventory.items(guestLines.stream().map(CartLine::variantId).toList());
    Instant now = clock.instant();
    for (CartLine line : guestLines) {
      SaleItem item = items.get(line.variantId());
      int stock = item == null ? 0 : item.available();
      Optional<CartLine> same =
          targetLines.stream().filter(l -> l.variantId() == line.variantId()).findFirst();
      int wanted = same.map(CartLine::quantity).orElse(0) + line.quantity();
      int allowed = Math.min(Math.min(wanted, Math.max(stock, 1)), CartQuantity.MAX_PER_LINE);
      if (same.isPresent()) {
        same.get().quantity(allowed);
      } else if (targetLines.size() < CartQuantity.MAX_LINES) {
        targetLines.add(carts.add(new CartLine(target.id(), line.variantId(), allowed, now)));
      } else {
        allowed = 0;
      }
      if (allowed < wanted) {
        shortened++;
      }
    }
    if (target.couponCode().isEmpty() && guestCart.get().couponCode().isPresent()) {
      target.coupon(guestCart.get().couponCode(), now);
    }
    if (target.shippingMethodId().isEmpty()) {
      target.shipping(guestCart.get().shippingMethodId(), now);
    }
    target.touch(now);
    carts.delete(guestCart.get());
    return shortened;
  }

  /**
   * For placing an order: the owner's cart locked for this transaction (so it cannot be ordered
   * twice at once), priced now, and a way to empty it once the order holds its lines.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<LockedCart> lockForOrder(CartOwner owner) {
    return carts
        .find(owner, true)
        .map(
            cart ->
                new LockedCart(
                    price(Optional.of(cart), carts.lines(cart.id())),
                    () -> carts.delete(cart),
                    cart.tenantId()));
  }

  /** A cart being ordered: its priced view, and how to empty it. */
  public record LockedCart(CartView view, Runnable empty, long tenantId) {}

  /**
   * The owner's new cart, locked: two requests of one owner making it at once both end with the one
   * cart (see {@link CartRepository#createIfAbsent}).
   */
  private Cart open(CartOwner owner) {
    String token =
        owner instanceof CartOwner.Guest guest ? guest.token() : CartOwner.newGuest().token();
    Optional<String> subject =
        owner instanceof CartOwner.Shopper shopper
            ? Optional.of(shopper.subject())
            : Optional.empty();
    long tenantId = settings.current().orElseThrow(NoTenantException::new).tenantId();
    carts.createIfAbsent(tenantId, token, subject, clock.instant());
    return carts.lockMade(owner);
  }

  private CartView price(Optional<Cart> cart, List<CartLine> lines) {
    StoreSettings store = settings.current().orElseThrow(NoTenantException::new);
    Currency currency = store.currency();
    int taxRatePpm = store.taxRatePpm();
    Map<Long, SaleItem> items = inventory.items(lines.stream().map(CartLine::variantId).toList());
    List<CartView.Item> views = new ArrayList<>();
    List<LinePrice> priced = new ArrayList<>();
    boolean physical = false;
    for (CartLine line : lines) {
      SaleItem item = items.get(line.variantId());
      if (item == null) {
        continue;
      }
      boolean available = item.active() && item.available() >= line.quantity();
      Money lineTotal = item.price().times(line.quantity());
      views.add(
          new CartView.Item(
              line.id(),
              item.variantId(),
              item.productId(),
              item.productName(),
              item.variantName(),
              item.sku(),
              item.price(),
              line.quantity(),
              lineTotal,
              item.available(),
              available,
              item.active(),
              item.physical()));
      if (available) {
        priced.add(new LinePrice(item.price(), line.quantity()));
        physical |= item.physical();
      }
    }
    List<CartView.ShippingOption> options =
        physical
            ? shippingMethods.all().stream()
                .map(m -> new CartView.ShippingOption(m.id(), m.name(), m.price()))
                .toList()
            : List.of();
    Optional<CartView.ShippingOption> shipping =
        cart.flatMap(Cart::shippingMethodId)
            .flatMap(id -> options.stream().filter(o -> o.id() == id).findFirst());
    Money subtotal =
        CartPricing.price(currency, priced, Optional.empty(), Optional.empty(), 0).subtotal();
    Optional<String> couponCode = cart.flatMap(Cart::couponCode);
    Optional<Discount> discount = Optional.empty();
    Optional<String> couponProblem = Optional.empty();
    if (couponCode.isPresent()) {
      try {
        discount = Optional.of(coupons.discount(couponCode.get(), subtotal));
      } catch (CouponRefusedException e) {
        couponProblem = Optional.of(e.getMessage());
      }
    }
    CartTotals totals =
        CartPricing.price(
            currency, priced, discount, shipping.map(CartView.ShippingOption::price), taxRatePpm);
    return new CartView(
        List.copyOf(views), couponCode, couponProblem, physical, options, shipping, totals);
  }

  private CartLine line(Cart cart, long lineId) {
    return carts.lines(cart.id()).stream()
        .filter(l -> l.id() == lineId)
        .findFirst()
        .orElseThrow(CartService::noSuchLine);
  }

  private static ItemNotFoundException noSuchLine() {
    return new ItemNotFoundException(ErrorCode.CART_LINE_NOT_FOUND, "No such line in your cart");
  }

  private static InvalidInputException emptyCart() {
    return new InvalidInputException(ErrorCode.CART_EMPTY, List.of("Your cart is empty."));
  }
}
