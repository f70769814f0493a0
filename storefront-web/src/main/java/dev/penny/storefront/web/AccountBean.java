package dev.penny.storefront.web;

import dev.penny.platform.identity.Shopper;
import dev.penny.platform.identity.ShopperContext;
import dev.penny.platform.identity.SignInLink;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * A shopper's account page in a store: the profile from the identity provider. Orders, wallet and
 * tabs join it with their issues. Anyone not signed in is sent to sign in first.
 */
@Named("account")
@RequestScoped
public class AccountBean {

  private final ShopperContext shoppers;
  private final StoreBean store;
  private final dev.penny.cart.order.CardPayments payments;
  private final dev.penny.cart.order.OrderService orders;
  private Shopper shopper;
  private java.util.List<dev.penny.cart.order.CardPayments.SavedCard> savedCards;
  private boolean cardsUnavailable;

  @Inject
  public AccountBean(
      ShopperContext shoppers,
      StoreBean store,
      dev.penny.cart.order.CardPayments payments,
      dev.penny.cart.order.OrderService orders) {
    this.shoppers = shoppers;
    this.store = store;
    this.payments = payments;
    this.orders = orders;
  }

  protected AccountBean() {
    this(null, null, null, null);
  }

  /** The cards the shopper saved at the checkout zone (empty, with a note, if it is away). */
  public java.util.List<dev.penny.cart.order.CardPayments.SavedCard> getSavedCards() {
    if (savedCards == null) {
      try {
        savedCards = payments.savedCards(shopper.subject());
      } catch (dev.penny.platform.problem.DomainException e) {
        savedCards = java.util.List.of();
        cardsUnavailable = true;
      }
    }
    return savedCards;
  }

  public boolean isCardsUnavailable() {
    getSavedCards();
    return cardsUnavailable;
  }

  /** The shopper's orders in this store, newest first. */
  public java.util.List<dev.penny.cart.order.Order> getOrders() {
    return orders.ofShopper(shopper.subject());
  }

  public void load() {
    Optional<Shopper> signedIn = shoppers.shopper();
    if (signedIn.isEmpty()) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      try {
        external.redirect(
            SignInLink.to(external.getRequestContextPath(), store.getHomePath() + "account"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    shopper = signedIn.get();
  }

  public String getUsername() {
    return shopper.username();
  }

  public String getName() {
    return shopper.name().orElse("");
  }

  public String getEmail() {
    return shopper.email().orElse("");
  }

  /** The stores this user owns or works for, by slug, for links to their admin. */
  @Inject dev.penny.platform.tenancy.TenantDirectory directory;

  /** A store the person works for, by its name (its slug if it has gone). */
  public String storeName(String slug) {
    return directory.bySlug(slug).map(dev.penny.platform.tenancy.ActiveTenant::name).orElse(slug);
  }

  public java.util.List<String> getAdministeredStores() {
    try {
      java.util.List<String> groups =
          shoppers
              .signedIn()
              .map(dev.penny.platform.identity.SignedInSession::tenantGroups)
              .orElse(java.util.List.of());
      return dev.penny.platform.identity.StoreMemberships.fromGroupPaths(groups)
          .asMap()
          .keySet()
          .stream()
          .sorted()
          .toList();
    } catch (RuntimeException noGroups) {
      return java.util.List.of();
    }
  }
}
