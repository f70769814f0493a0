package dev.penny.storefront.micro;

import dev.penny.money.Money;
import dev.penny.payments.charging.TabChargeView;
import dev.penny.payments.charging.TabCharger;
import dev.penny.payments.charging.TabCharges;
import dev.penny.payments.ledger.Movement;
import dev.penny.payments.purchase.Funding;
import dev.penny.payments.purchase.MicroPurchase;
import dev.penny.payments.purchase.PayWithChoices;
import dev.penny.payments.purchase.Purchases;
import dev.penny.payments.spending.SpendingKey;
import dev.penny.payments.spending.SpendingKeyService;
import dev.penny.payments.tab.TabService;
import dev.penny.payments.tab.TabView;
import dev.penny.payments.wallet.CardCharges;
import dev.penny.payments.wallet.WalletService;
import dev.penny.platform.identity.Shopper;
import dev.penny.platform.identity.ShopperContext;
import dev.penny.platform.identity.SignInLink;
import dev.penny.platform.store.StoreSettingsRepository;
import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The wallet page of a store ({@code /s/{store}/wallet}): the shopper's wallet and tab in the
 * store's currency (valid in every Penny store), top-ups, the tab's consent, how one-click
 * purchases are paid, unlocked content and spending keys.
 */
@Named("wallet")
@RequestScoped
public class WalletBean {

  @Inject ShopperContext shoppers;
  @Inject TenantContext tenant;
  @Inject WalletService wallets;
  @Inject TabService tabs;
  @Inject TabCharges tabCharges;
  @Inject dev.penny.payments.tab.TabPolicy tabPolicy;
  @Inject TabCharger charger;
  @Inject PayWithChoices choices;
  @Inject SpendingKeyService keys;
  @Inject Purchases purchases;
  @Inject CardCharges cards;
  @Inject StoreSettingsRepository settings;
  @Inject HttpSession session;

  @Inject
  @ConfigProperty(name = "penny.checkout.url", defaultValue = "http://pay.localhost:8080")
  String zoneUrl;

  private Shopper shopper;
  private ActiveTenant store;
  private List<CardCharges.SavedCard> savedCards = List.of();
  private boolean cardsUnavailable;
  private String newSecret;
  private Optional<TabView> tab;
  private String cardPageUrl;
  private boolean cardPageUnavailable;
  private final String formKey = UUID.randomUUID().toString();
  private List<Movement> movements;
  private List<MicroPurchase> purchaseRows;

  static final int MOVEMENTS_PAGE = 20;
  static final int PURCHASES_PAGE = 50;

  public void load() {
    Optional<Shopper> signedIn = shoppers.shopper();
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    if (signedIn.isEmpty()) {
      try {
        external.redirect(
            SignInLink.to(
                external.getRequestContextPath(),
                external.getRequestContextPath() + tenant.basePath() + "/wallet"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    shopper = signedIn.get();
    store = tenant.tenant().orElseThrow();
    try {
      savedCards = cards.savedCards(shopper.subject());
    } catch (RuntimeException e) {
      cardsUnavailable = true;
    }
    showCardPage();
    Object secret = session.getAttribute(MicroActionServlet.NEW_SECRET);
    if (secret instanceof String s) {
      newSecret = s;
      session.removeAttribute(MicroActionServlet.NEW_SECRET);
    }
  }

  /**
   * Pay now with a new card: the tab's parts waiting on the zone's card page are confirmed with the
   * zone (server to server), and the first still unpaid is shown in a frame.
   */
  private void showCardPage() {
    if (getTab() == null) {
      return;
    }
    long account = tabs.accountOf(shopper.subject(), store.currency());
    try {
      if (!charger.confirmCardPages(account).isEmpty()) {
        tab = null; // read again below: a page paid or voided just now changed the tab
      }
      cardPageUrl = charger.cardPage(account).orElse(null);
    } catch (RuntimeException e) {
      tab = null;
      cardPageUnavailable = !tabCharges.awaitingCard(account).isEmpty();
    }
  }

  /** The zone's card page of the tab's next part to pay with a new card, if one waits. */
  public String getCardPageUrl() {
    return cardPageUrl;
  }

  public boolean isCardPageUnavailable() {
    return cardPageUnavailable;
  }

  public String getZoneOrigin() {
    return zoneUrl;
  }

  public Money getBalance() {
    return wallets.balance(shopper.subject(), store.currency());
  }

  /** A page of the wallet's movements, newest first ({@code ?movements-before=} pages back). */
  public List<Movement> getMovements() {
    if (movements == null) {
      movements =
          wallets.movements(
              shopper.subject(), store.currency(), before("movements-before"), MOVEMENTS_PAGE);
    }
    return movements;
  }

  public boolean isMoreMovements() {
    return getMovements().size() == MOVEMENTS_PAGE;
  }

  public long getMovementsBefore() {
    List<Movement> page = getMovements();
    return page.isEmpty() ? 0 : page.get(page.size() - 1).transferId();
  }

  /** An id to page back from, from the address: digits only, else none (the newest page). */
  private static long before(String parameter) {
    String value =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get(parameter);
    return value != null && value.matches("[1-9][0-9]{0,17}") ? Long.parseLong(value) : 0;
  }

  /** The tab, read once per page (the page asks for it many times). */
  /** How long a tab's oldest line may wait before the tab is due, said in the due note. */
  public String getTabWaitsFor() {
    long hours = tabPolicy.maxLineAge().toHours();
    return hours % 24 == 0 ? (hours / 24) + " days" : hours + " hours";
  }

  /** How long a tab may go without a purchase before it is due. */
  public String getTabIdleFor() {
    return tabPolicy.idle().toDays() + " days";
  }

  public TabView getTab() {
    if (tab == null) {
      tab = tabs.view(shopper.subject(), store.currency());
    }
    return tab.orElse(null);
  }

  /** The tab's card charges, newest first. */
  public List<TabChargeView> getTabCharges() {
    return tabCharges.ofShopper(shopper.subject(), 20);
  }

  /**
   * The agreement as the form shows it, beside the card to choose: "my card chosen below". What is
   * stored when the shopper agrees names the card they chose (the same words, that card in them).
   */
  public String getConsentWording() {
    return tabs.consentWording(store.currency(), "card chosen below");
  }

  /** "5.00–500.00": what another amount may be, in the store's currency. */
  public String getTopUpRange() {
    return dev.penny.platform.store.TopUpRange.min(store.currency()).toPlainString()
        + "–"
        + dev.penny.platform.store.TopUpRange.max(store.currency()).toPlainString();
  }

  public List<Money> getTopUpPresets() {
    return settings.current().map(s -> s.topUpAmounts().amounts()).orElse(List.of());
  }

  public List<CardCharges.SavedCard> getSavedCards() {
    return savedCards;
  }

  public boolean isCardsUnavailable() {
    return cardsUnavailable;
  }

  public String getPayWith() {
    return choices
        .choice(shopper.subject())
        .orElse(Funding.WALLET)
        .name()
        .toLowerCase(java.util.Locale.ROOT);
  }

  public List<SpendingKey> getSpendingKeys() {
    return keys.list(shopper.subject());
  }

  /** A page of the shopper's purchases here, newest first ({@code ?purchases-before=}). */
  public List<MicroPurchase> getPurchases() {
    if (purchaseRows == null) {
      purchaseRows =
          purchases.ofShopper(shopper.subject(), before("purchases-before"), PURCHASES_PAGE);
    }
    return purchaseRows;
  }

  public boolean isMorePurchases() {
    return getPurchases().size() == PURCHASES_PAGE;
  }

  public long getPurchasesBefore() {
    List<MicroPurchase> page = getPurchases();
    return page.isEmpty() ? 0 : page.get(page.size() - 1).id();
  }

  public String getNewSecret() {
    return newSecret;
  }

  public String getFormKey() {
    return formKey;
  }
}
