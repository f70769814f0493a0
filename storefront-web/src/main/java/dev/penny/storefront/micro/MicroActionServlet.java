package dev.penny.storefront.micro;

import dev.penny.money.Money;
import dev.penny.payments.charging.ChargeStatus;
import dev.penny.payments.charging.ClaimedCharge;
import dev.penny.payments.charging.TabCharger;
import dev.penny.payments.charging.TabCharges;
import dev.penny.payments.purchase.Funding;
import dev.penny.payments.purchase.MicroPurchaseService;
import dev.penny.payments.purchase.PayWithChoices;
import dev.penny.payments.purchase.Payer;
import dev.penny.payments.spending.SpendingKeyService;
import dev.penny.payments.tab.TabService;
import dev.penny.payments.tab.TabView;
import dev.penny.payments.wallet.CardCharges;
import dev.penny.payments.wallet.TopUp;
import dev.penny.payments.wallet.WalletService;
import dev.penny.platform.identity.SameOrigin;
import dev.penny.platform.identity.Shopper;
import dev.penny.platform.identity.ShopperContext;
import dev.penny.platform.identity.SignInLink;
import dev.penny.platform.problem.DomainException;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.InvalidInputException;
import dev.penny.platform.store.StoreSettingsRepository;
import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.PublicAddress;
import dev.penny.platform.tenancy.TenantContext;
import dev.penny.storefront.servlet.DeclaredMethodsServlet;
import dev.penny.storefront.shopping.Ids;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;

/**
 * The one-click actions of store pages ({@code /s/{store}/micro/unlock}, {@code tip}, {@code
 * pay-with}, {@code top-up}, {@code open-tab}, {@code close-tab}, {@code pay-tab}, {@code
 * pay-tab-cancel}, {@code key-create}, {@code key-revoke}), forwarded here by the store router.
 * Each needs a signed-in shopper (else it sends them to sign in and back) and answers 303 to the
 * page it came from with a notice or a problem code; nothing moves twice for a form's key.
 */
@WebServlet(urlPatterns = MicroActionServlet.PATH + "*")
public class MicroActionServlet extends DeclaredMethodsServlet {

  public static final String PATH = "/store-actions/micro/";

  /** The pay-now form's choice of a card not saved (typed on the zone's card page). */
  static final String NEW_CARD = "new";

  /** Session attribute holding a new spending key's secret until the wallet page shows it once. */
  static final String NEW_SECRET = "penny.new-spending-key";

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(MicroActionServlet.class.getName());

  @Inject MicroPurchaseService purchases;
  @Inject WalletService wallets;
  @Inject TabService tabs;
  @Inject TabCharger charger;
  @Inject TabCharges tabCharges;
  @Inject CardCharges cards;
  @Inject PayWithChoices choices;
  @Inject SpendingKeyService keys;
  @Inject StoreSettingsRepository settings;
  @Inject ShopperContext shoppers;
  @Inject TenantContext tenant;
  @Inject PublicAddress addresses;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!SameOrigin.check(request) || tenant.tenant().isEmpty()) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    ActiveTenant store = tenant.tenant().get();
    String base = request.getContextPath() + tenant.basePath();
    String back = returnPath(request, base);
    Optional<Shopper> shopper = shoppers.shopper();
    if (shopper.isEmpty()) {
      redirect(response, SignInLink.to(request.getContextPath(), back));
      return;
    }
    String action = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    try {
      String notice = perform(action, store, shopper.get(), request, base);
      if (notice == null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      redirect(response, back + (back.contains("?") ? "&" : "?") + "notice=" + notice);
    } catch (DomainException e) {
      LOG.fine(() -> "Micro action " + action + " refused: " + e.code());
      redirect(response, back + (back.contains("?") ? "&" : "?") + "problem=" + e.code());
    }
  }

  private String perform(
      String action, ActiveTenant store, Shopper person, HttpServletRequest request, String base) {
    String shopper = person.subject();
    switch (action) {
      case "unlock" -> {
        long content = id(request, "content");
        purchases.unlock(
            store, content, payer(shopper), formKey(request), shownPrice(request, "price", store));
        return "unlocked";
      }
      case "buy" -> {
        long variant =
            Ids.parse(request.getParameter("variant"))
                .orElseThrow(() -> new Refused(ErrorCode.PRODUCT_NOT_FOUND));
        purchases.buyItem(
            store,
            variant,
            payer(shopper),
            formKey(request),
            shownPrice(request, "price-" + variant, store));
        return "bought";
      }
      case "tip" -> {
        OptionalLong content = Ids.parse(request.getParameter("content"));
        purchases.tip(
            store,
            tipAmount(request, store),
            Optional.ofNullable(request.getParameter("note")),
            content,
            payer(shopper),
            formKey(request));
        return "tipped";
      }
      case "pay-with" -> {
        Funding funding = funding(request.getParameter("funding"));
        if (funding == Funding.TAB
            && tabs.view(shopper, store.currency()).filter(TabView::closed).isPresent()) {
          // Purchases on a closed tab are refused: choosing it would make every click fail.
          throw new Refused(ErrorCode.TAB_CLOSED);
        }
        choices.choose(shopper, funding);
        return "pay-with-changed";
      }
      case "top-up" -> {
        Money amount = money(chosenAmount(request::getParameter, "top-up"), store);
        List<Money> presets = presets(store);
        String card = request.getParameter("card");
        TopUp topUp =
            wallets.topUpWithSavedCard(
                shopper, amount, presets, card == null ? "" : card, formKey(request));
        return switch (topUp.status()) {
          case "SUCCEEDED" -> "topped-up";
          case "FAILED" -> throw new Refused(ErrorCode.CARD_DECLINED);
          default -> "top-up-pending";
        };
      }
      case "open-tab" -> {
        tabs.open(
            shopper,
            store.currency(),
            request.getParameter("card") == null ? "" : request.getParameter("card"),
            "yes".equals(request.getParameter("consent")),
            person.email());
        return "tab-opened";
      }
      case "tab-card" -> {
        tabs.changeCard(
            shopper,
            store.currency(),
            request.getParameter("card") == null ? "" : request.getParameter("card"),
            "yes".equals(request.getParameter("consent")));
        return "tab-card-changed";
      }
      case "pay-tab" -> {
        return payTab(shopper, store, request.getParameter("card"));
      }
      case "close-tab" -> {
        return closeTab(shopper, store);
      }
      case "pay-tab-cancel" -> {
        charger.cancelCardPages(tabs.accountOf(shopper, store.currency()));
        return "tab-pay-cancelled";
      }
      case "key-create" -> {
        Money cap = money(request.getParameter("cap"), store);
        boolean thisStore = "this".equals(request.getParameter("scope"));
        SpendingKeyService.Created created =
            keys.create(
                shopper,
                request.getParameter("label"),
                cap,
                funding(request.getParameter("funding")),
                thisStore ? OptionalLong.of(store.id()) : OptionalLong.empty());
        request.getSession().setAttribute(NEW_SECRET, created.secret());
        return "key-created";
      }
      case "key-revoke" -> {
        if (!keys.revoke(shopper, String.valueOf(request.getParameter("key")))) {
          // Another shopper's key, or none: nothing was revoked, and the page says so.
          throw new Refused(ErrorCode.SPENDING_KEY_NOT_FOUND);
        }
        return "key-revoked";
      }
      default -> {
        return null;
      }
    }
  }

  private Payer payer(String shopper) {
    return Payer.onPage(shopper, choices.choice(shopper).orElse(Funding.WALLET));
  }

  private List<Money> presets(ActiveTenant store) {
    return settings.current().map(s -> s.topUpAmounts().amounts()).orElse(List.of());
  }

  private static Money tipAmount(HttpServletRequest request, ActiveTenant store) {
    return money(chosenAmount(request::getParameter, "tip"), store);
  }

  /**
   * The amount of the button the shopper pressed: a preset's ({@code amount}, the button's own
   * value) unless the "other amount" button was pressed ({@code <action>=custom}, also the form's
   * default button, which Enter in the amount field presses), or no preset was (a client posting
   * {@code custom} alone). A preset pressed with another amount typed pays the preset, as its label
   * says.
   */
  static String chosenAmount(java.util.function.UnaryOperator<String> parameter, String action) {
    String preset = parameter.apply("amount");
    boolean customPressed = "custom".equals(parameter.apply(action));
    return customPressed || preset == null || preset.isBlank() ? parameter.apply("custom") : preset;
  }

  /**
   * The price the page showed beside the button ({@code name}), which the purchase must still have.
   * A post without one (a page from before this check, or one made by hand) is refused as a changed
   * price: what the shopper saw is not known, so nothing is charged.
   */
  private static Optional<Money> shownPrice(
      HttpServletRequest request, String name, ActiveTenant store) {
    String text = request.getParameter(name);
    if (text == null) {
      throw new InvalidInputException(
          ErrorCode.PRICE_CHANGED,
          List.of("The page did not say the price: reload it and try again; nothing was charged."));
    }
    if (!text.strip().matches("[0-9]{1,9}(\\.[0-9]{1,6})?")) {
      throw new InvalidInputException(
          ErrorCode.INVALID_AMOUNT, List.of("The form's price is not an amount."));
    }
    return Optional.of(Money.parse(text.strip(), store.currency()));
  }

  private static Money money(String text, ActiveTenant store) {
    if (text == null || !text.strip().matches("[0-9]{1,9}(\\.[0-9]{1,6})?")) {
      throw new InvalidInputException(
          ErrorCode.INVALID_AMOUNT, List.of("Enter an amount such as 2.50."));
    }
    return Money.parse(text.strip(), store.currency());
  }

  /**
   * The shopper pays their tab now with the saved card they chose, or with a new card on the
   * checkout zone's card page ({@code card=new}, shown on the wallet page): what a card can be
   * charged of it. A locked tab opens once it is paid.
   */
  private String payTab(String shopper, ActiveTenant store, String token) {
    long account = tabs.accountOf(shopper, store.currency());
    if (NEW_CARD.equals(token)) {
      List<ClaimedCharge> opened = charger.payNowWithNewCard(account, addresses.of(""));
      if (opened.isEmpty()) {
        return nothingPaid(account);
      }
      if (opened.stream().noneMatch(c -> c.status() == ChargeStatus.AWAITING_CARD)) {
        throw new Refused(ErrorCode.PAYMENT_UNAVAILABLE);
      }
      return "tab-card-page";
    }
    Optional<TabCharges.Card> card = Optional.empty();
    if (token != null && !token.isBlank()) {
      card =
          Optional.of(
              cards
                  .savedCard(shopper, token)
                  .map(c -> new TabCharges.Card(c.token(), c.label()))
                  .orElseThrow(() -> new Refused(ErrorCode.NO_SAVED_CARD)));
    }
    List<ClaimedCharge> paid = charger.payNow(account, card);
    if (paid.isEmpty()) {
      return nothingPaid(account);
    }
    if (paid.stream().allMatch(c -> c.status() == ChargeStatus.SUCCEEDED)) {
      return "tab-paid";
    }
    if (paid.stream().anyMatch(c -> c.status() == ChargeStatus.FAILED)) {
      throw new Refused(ErrorCode.CARD_DECLINED);
    }
    return "tab-pay-pending";
  }

  /**
   * The shopper closes their tab: nothing more goes on it, and what it owes is charged now to its
   * card when a card can be charged that much (and no charge of it is under way already).
   */
  private String closeTab(String shopper, ActiveTenant store) {
    long account = tabs.accountOf(shopper, store.currency());
    tabs.close(shopper, store.currency());
    TabView tab = tabs.view(shopper, store.currency()).orElseThrow();
    if (!tab.chargeable() || tabCharges.underWay(account)) {
      return tab.owed().isPositive() ? "tab-closed-owing" : "tab-closed";
    }
    List<ClaimedCharge> paid = charger.payNow(account, Optional.empty());
    if (paid.isEmpty()) {
      return "tab-closed-owing";
    }
    if (paid.stream().allMatch(c -> c.status() == ChargeStatus.SUCCEEDED)) {
      return tabs.view(shopper, store.currency()).orElseThrow().owed().isPositive()
          ? "tab-closed-paid-rest"
          : "tab-closed-paid";
    }
    if (paid.stream().anyMatch(c -> c.status() == ChargeStatus.FAILED)) {
      return "tab-closed-declined";
    }
    return "tab-closed-pending";
  }

  /** Nothing was claimed: a locked tab owing less than a card can take opens; else why not. */
  private String nothingPaid(long account) {
    if (tabCharges.openIfUnchargeable(account)) {
      return "tab-reopened";
    }
    throw new Refused(
        tabCharges.underWay(account) ? ErrorCode.TAB_CHARGE_UNDER_WAY : ErrorCode.NOTHING_TO_PAY);
  }

  private static Funding funding(String text) {
    if ("tab".equals(text)) {
      return Funding.TAB;
    }
    if ("wallet".equals(text)) {
      return Funding.WALLET;
    }
    throw new InvalidInputException(ErrorCode.INVALID_INPUT, List.of("Choose wallet or tab."));
  }

  private static long id(HttpServletRequest request, String name) {
    return Ids.parse(request.getParameter(name))
        .orElseThrow(() -> new Refused(ErrorCode.CONTENT_NOT_FOUND));
  }

  /** The form's one-time key: a double click sends it twice and moves money once. */
  private static String formKey(HttpServletRequest request) {
    String key = request.getParameter("key");
    if (key == null || !key.matches("[A-Za-z0-9-]{16,64}")) {
      throw new Refused(ErrorCode.IDEMPOTENCY_KEY_REQUIRED);
    }
    return "page:" + key;
  }

  /** Back to the store page the form was on (only a page of this store), else the wallet page. */
  private static String returnPath(HttpServletRequest request, String base) {
    String back = request.getParameter("return");
    if (back != null
        && back.startsWith(base + "/")
        && !back.startsWith("//")
        && back.matches("[A-Za-z0-9/_.-]{1,300}")
        && !back.contains("..")) {
      return back;
    }
    return base + "/wallet";
  }

  private static void redirect(HttpServletResponse response, String location) {
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", location);
  }

  /** A refusal of the form itself (a field missing or malformed). */
  static final class Refused extends DomainException {
    private static final long serialVersionUID = 1L;

    Refused(ErrorCode code) {
      super(code, code.code());
    }
  }
}
