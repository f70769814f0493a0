package dev.penny.platform.opening;

import dev.penny.platform.identity.KeycloakAdminException;
import dev.penny.platform.identity.StoreGroups;
import dev.penny.platform.tenancy.TenantDirectory;
import dev.penny.platform.tenancy.TenantScope;
import dev.penny.platform.tenancy.TenantSlug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens a store for a signed-in user: checks the name, slug and currency, creates the tenant and
 * its settings, then makes the user its owner in Keycloak. If Keycloak fails the store is removed
 * again, so no store is left without an owner.
 */
@ApplicationScoped
public class StoreOpening {

  /** The currencies a new store may sell in. */
  public static final List<String> CURRENCIES =
      List.of("USD", "EUR", "GBP", "CHF", "CAD", "AUD", "SEK", "NOK", "DKK", "JPY");

  private static final Logger LOG = Logger.getLogger(StoreOpening.class.getName());

  private final StoreOpeningWriter writer;
  private final StoreGroups groups;
  private final TenantDirectory directory;

  @Inject
  public StoreOpening(StoreOpeningWriter writer, StoreGroups groups, TenantDirectory directory) {
    this.writer = writer;
    this.groups = groups;
    this.directory = directory;
  }

  protected StoreOpening() {
    this(null, null, null);
  }

  /** Messages for every field that is not acceptable; empty when the store can be opened. */
  public List<String> problems(String name, String slug, String currency) {
    List<String> problems = new ArrayList<>();
    if (name == null || name.isBlank() || name.strip().length() > 120) {
      problems.add("The store name is 1 to 120 characters.");
    } else {
      dev.penny.platform.input.InputChecks.refusal(name, "The store name", 120)
          .ifPresent(problems::add);
    }
    if (slug == null || !TenantSlug.isWellFormed(slug)) {
      problems.add(
          "The address is 3 to 40 lowercase letters, digits and single hyphens, starting with a"
              + " letter.");
    } else if (TenantSlug.isReserved(slug)) {
      problems.add("The address '" + slug + "' is reserved; choose another.");
    } else if (writer.slugTaken(slug)) {
      problems.add("The address '" + slug + "' is taken; choose another.");
    }
    if (currency == null || !CURRENCIES.contains(currency)) {
      problems.add("Choose a currency.");
    }
    return problems;
  }

  /**
   * Opens the store; call after {@link #problems} came back empty.
   *
   * @throws StoreNotOpenedException when the slug was taken meanwhile or Keycloak failed
   */
  public void open(String name, String slug, String currency, String ownerUserId) {
    long tenantId;
    try {
      tenantId = writer.createTenant(slug, name.strip(), Currency.getInstance(currency));
    } catch (RuntimeException raceOnSlug) {
      LOG.log(Level.INFO, "Store " + slug + " could not be created", raceOnSlug);
      throw new StoreNotOpenedException("The address '" + slug + "' is taken; choose another.");
    }
    try {
      TenantScope.runAs(
          tenantId, () -> writer.createSettings(name.strip(), Currency.getInstance(currency)));
      groups.provision(slug, ownerUserId);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Opening store " + slug + " failed; removing it again", e);
      try {
        groups.remove(slug);
      } catch (KeycloakAdminException ignored) {
        LOG.warning(() -> "Could not remove Keycloak groups of " + slug + " either");
      }
      TenantScope.runAs(tenantId, () -> writer.undo(tenantId));
      throw new StoreNotOpenedException(
          "The store could not be opened because the sign-in service did not answer. Nothing"
              + " was kept; try again.");
    } finally {
      directory.forget(slug);
    }
    LOG.info(() -> "Store " + slug + " opened by user " + ownerUserId);
  }
}
