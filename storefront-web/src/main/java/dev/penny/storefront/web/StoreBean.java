package dev.penny.storefront.web;

import dev.penny.money.Money;
import dev.penny.money.MoneyDisplay;
import dev.penny.platform.identity.SignInLink;
import dev.penny.platform.tenancy.TenantContext;
import dev.penny.storefront.catalog.CatalogViews.StoreView;
import dev.penny.storefront.catalog.StorefrontCatalog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** What every store page shows: the store itself, its navigation, links and formatting. */
@Named("store")
@RequestScoped
public class StoreBean {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final StorefrontCatalog catalog;
  private final TenantContext context;
  private final HttpServletRequest request;
  private StoreView view;

  @Inject
  public StoreBean(StorefrontCatalog catalog, TenantContext context, HttpServletRequest request) {
    this.catalog = catalog;
    this.context = context;
    this.request = request;
  }

  protected StoreBean() {
    this(null, null, null);
  }

  public StoreView getView() {
    if (view == null) {
      view = catalog.store();
    }
    return view;
  }

  public boolean isBound() {
    return context.tenant().isPresent();
  }

  /** The prefix of links inside this store, e.g. {@code /s/demo-books} or empty for a host. */
  public String getBase() {
    return request.getContextPath() + context.basePath();
  }

  /** The address of the store's home page. */
  public String getHome() {
    return getBase() + "/";
  }

  /**
   * Whether this page is rendered for one visitor (account, cart, checkout, orders, search) rather
   * than shared by all (and perhaps served from the cache): only then may it show who is signed in.
   */
  public boolean isPersonalView() {
    return !Boolean.TRUE.equals(request.getAttribute(StoreRequestFilter.SHARED_VIEW));
  }

  public boolean isSignedIn() {
    return request.getUserPrincipal() != null;
  }

  public String getUserName() {
    return isSignedIn() ? request.getUserPrincipal().getName() : "";
  }

  /** The store's home page as a path within the application (no context path): a return path. */
  public String getHomePath() {
    return context.basePath() + "/";
  }

  /** The sign-in address that comes back to the store's home page. */
  /** The sign-out form's anti-forgery token (a signed-in user always has a session). */
  public String getSignOutToken() {
    Object session =
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .getSession(true);
    return dev.penny.storefront.identity.SignOutToken.of(
        (jakarta.servlet.http.HttpSession) session);
  }

  public String getSignInUrl() {
    return SignInLink.to(request.getContextPath(), getHomePath());
  }

  public String getTemplate() {
    return "/WEB-INF/themes/" + getView().templateName() + ".xhtml";
  }

  public String getResources() {
    return request.getContextPath() + "/resources";
  }

  public String price(Money money) {
    return MoneyDisplay.format(money, Locale.US);
  }

  public String price(Optional<Money> money) {
    return money.map(this::price).orElse("");
  }

  public String date(java.time.Instant instant) {
    return DATE.format(instant);
  }

  public String pass(Optional<Duration> timePass) {
    return timePass
        .map(
            d ->
                d.toHours() % 24 == 0
                    ? (d.toHours() / 24) + "-day pass"
                    : d.toHours() + "-hour pass")
        .orElse("yours to keep");
  }
}
