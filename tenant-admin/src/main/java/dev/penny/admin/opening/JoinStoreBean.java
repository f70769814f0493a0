package dev.penny.admin.opening;

import dev.penny.admin.web.AdminMessages;
import dev.penny.platform.identity.KeycloakAdminException;
import dev.penny.platform.identity.NotSignedInException;
import dev.penny.platform.identity.Shopper;
import dev.penny.platform.identity.ShopperContext;
import dev.penny.platform.identity.SignInLink;
import dev.penny.platform.identity.StaffInvitations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /stores/join/{token}}: the signed-in person reads which store invites them to its staff
 * and accepts; they join if the invitation is open and for their e-mail address.
 */
@Named("joinStore")
@RequestScoped
public class JoinStoreBean {

  private static final Logger LOG = Logger.getLogger(JoinStoreBean.class.getName());
  private static final String FORWARD_URI = "jakarta.servlet.forward.request_uri";

  private final StaffInvitations invitations;
  private final ShopperContext signedIn;
  private Optional<StaffInvitations.Offer> offer;

  @Inject
  public JoinStoreBean(StaffInvitations invitations, ShopperContext signedIn) {
    this.invitations = invitations;
    this.signedIn = signedIn;
  }

  protected JoinStoreBean() {
    this(null, null);
  }

  /** The invitation the link names; empty when it names none. */
  public Optional<StaffInvitations.Offer> getOffer() {
    if (offer == null) {
      offer = invitations.offer(token());
      if (offer.isEmpty()) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
      }
    }
    return offer;
  }

  /** Whether the signed-in person's address is the invited one (only they may join). */
  public boolean isForSignedInPerson() {
    return signedIn
        .shopper()
        .flatMap(person -> getOffer().map(offer -> offer.isFor(person)))
        .orElse(false);
  }

  /** Whom the signed-in person is, as the invitation is compared with: their e-mail address. */
  public String getSignedInAs() {
    return signedIn.shopper().map(s -> s.email().orElse(s.username())).orElse("");
  }

  public void accept() {
    Shopper person = signedIn.shopper().orElseThrow(NotSignedInException::new);
    StaffInvitations.Offer joined;
    try {
      joined = invitations.accept(token(), person);
    } catch (StaffInvitations.InvitationRefusedException e) {
      AdminMessages.refused(List.of(e.getMessage()));
      return;
    } catch (KeycloakAdminException e) {
      LOG.log(Level.WARNING, "Keycloak admin call failed", e);
      AdminMessages.error("The sign-in service did not answer; nothing was changed. Try again.");
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(503);
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      // Sign in again so that the staff group is in the token, then go to the store's admin.
      external.redirect(
          SignInLink.to(external.getRequestContextPath(), "/admin/" + joined.slug() + "/")
              + "&refresh=1");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String token() {
    Object uri =
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(FORWARD_URI);
    String path = uri == null ? "" : uri.toString();
    int at = path.indexOf(StaffInvitations.JOIN_PATH);
    return at < 0 ? "" : path.substring(at + StaffInvitations.JOIN_PATH.length());
  }
}
