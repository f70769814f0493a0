package dev.penny.admin.opening;

import dev.penny.admin.web.AdminMessages;
import dev.penny.platform.identity.ShopperContext;
import dev.penny.platform.identity.SignInLink;
import dev.penny.platform.opening.StoreNotOpenedException;
import dev.penny.platform.opening.StoreOpening;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** {@code /stores/new}: a signed-in user picks a name, address and currency for a new store. */
@Named("openStore")
@RequestScoped
public class OpenStoreBean {

  private final StoreOpening opening;
  private final ShopperContext signedIn;
  private String name;
  private String slug;
  private String currency = "USD";

  @Inject
  public OpenStoreBean(StoreOpening opening, ShopperContext signedIn) {
    this.opening = opening;
    this.signedIn = signedIn;
  }

  protected OpenStoreBean() {
    this(null, null);
  }

  public void open() {
    String s = slug == null ? null : slug.strip();
    List<String> problems = opening.problems(name, s, currency);
    if (!problems.isEmpty()) {
      AdminMessages.refused(problems);
      return;
    }
    try {
      String owner =
          signedIn
              .shopper()
              .map(dev.penny.platform.identity.Shopper::subject)
              .orElseThrow(dev.penny.platform.identity.NotSignedInException::new);
      opening.open(name, s, currency, owner);
    } catch (StoreNotOpenedException e) {
      AdminMessages.refused(List.of(e.getMessage()));
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      // Sign in again so that the new owner group is in the token, then go to the new admin.
      external.redirect(
          SignInLink.to(external.getRequestContextPath(), "/admin/" + s + "/?opened=1")
              + "&refresh=1");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<String> getCurrencies() {
    return StoreOpening.CURRENCIES;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }
}
