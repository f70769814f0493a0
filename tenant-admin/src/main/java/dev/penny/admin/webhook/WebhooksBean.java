package dev.penny.admin.webhook;

import dev.penny.admin.web.AdminContext;
import dev.penny.admin.web.AdminMessages;
import dev.penny.admin.web.AdminParameters;
import dev.penny.platform.problem.InvalidInputException;
import dev.penny.platform.problem.ItemNotFoundException;
import dev.penny.platform.webhook.WebhookDelivery;
import dev.penny.platform.webhook.WebhookEndpoint;
import dev.penny.platform.webhook.WebhookEndpoints;
import dev.penny.platform.webhook.WebhookEvents;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The store's webhooks ({@code /admin/{store}/webhooks}): its endpoints (add one; its secret is
 * shown once, as after a rotation), a test event per endpoint, and the newest deliveries with their
 * status. Owners change them; staff see them.
 */
@Named("webhooks")
@RequestScoped
public class WebhooksBean {

  private final WebhookEndpoints endpoints;
  private final AdminContext admin;
  private String url;
  private String newSecret;
  private List<WebhookEndpoint> rows;

  @Inject
  public WebhooksBean(WebhookEndpoints endpoints, AdminContext admin) {
    this.endpoints = endpoints;
    this.admin = admin;
  }

  protected WebhooksBean() {
    this(null, null);
  }

  public void add() {
    if (!admin.allowOwnerAction("add webhook endpoints")) {
      return;
    }
    try {
      WebhookEndpoint endpoint = endpoints.add(admin.getStore().id(), url);
      newSecret = endpoint.secret().orElseThrow();
      url = null;
      rows = null;
      AdminMessages.info("Endpoint added: copy its signing secret now, it is shown once.");
    } catch (InvalidInputException e) {
      AdminMessages.refused(e.problems());
    }
  }

  /** The row button pressed: test, rotate or delete, and the endpoint it names. */
  public void act() {
    if (!admin.allowOwnerAction("change webhook endpoints")) {
      return;
    }
    String pressed = String.valueOf(AdminParameters.get("webhook-act"));
    if (!pressed.matches("(test|rotate|delete):we_[0-9a-f]{22}")) {
      AdminMessages.notFound();
      return;
    }
    String action = pressed.substring(0, pressed.indexOf(':'));
    String id = pressed.substring(pressed.indexOf(':') + 1);
    long store = admin.getStore().id();
    try {
      switch (action) {
        case "test" -> {
          String event = endpoints.sendTest(store, id);
          AdminMessages.info("Test event " + event + " sent; its delivery shows below.");
        }
        case "rotate" -> {
          newSecret = endpoints.rotate(store, id).secret().orElseThrow();
          AdminMessages.info("New signing secret (shown once); the old one also signs for a day.");
        }
        case "delete" -> {
          endpoints.remove(store, id);
          AdminMessages.info("Endpoint removed.");
        }
        default -> AdminMessages.notFound();
      }
    } catch (ItemNotFoundException e) {
      AdminMessages.gone("That endpoint is removed already (or is not one of this store's).");
    }
    rows = null;
  }

  public List<WebhookEndpoint> getRows() {
    if (rows == null) {
      rows = endpoints.list(admin.getStore().id());
    }
    return rows;
  }

  public List<WebhookDelivery> getDeliveries() {
    return endpoints.deliveries(admin.getStore().id(), Optional.empty(), 50);
  }

  public Set<String> getEventTypes() {
    return new TreeSet<>(WebhookEvents.TYPES);
  }

  public String getNewSecret() {
    return newSecret;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }
}
