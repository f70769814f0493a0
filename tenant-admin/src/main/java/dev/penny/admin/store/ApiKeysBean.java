package dev.penny.admin.store;

import dev.penny.admin.web.AdminContext;
import dev.penny.admin.web.AdminMessages;
import dev.penny.admin.web.AdminParameters;
import dev.penny.platform.apikey.ApiKeyService;
import dev.penny.platform.input.InputChecks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The API keys page (owners only act; staff see the list). A new key's secret is shown on the reply
 * to its creation and never again.
 */
@Named("apiKeys")
@RequestScoped
public class ApiKeysBean {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final ApiKeyService service;
  private final AdminContext admin;
  private String name;
  private String newSecret;
  private List<ApiKeyService.KeyRow> rows;

  @Inject
  public ApiKeysBean(ApiKeyService service, AdminContext admin) {
    this.service = service;
    this.admin = admin;
  }

  protected ApiKeysBean() {
    this(null, null);
  }

  public void create() {
    if (!admin.allowOwnerAction("create API keys")) {
      return;
    }
    String user =
        FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    newSecret = service.create(name, user).text();
    name = null;
    rows = null;
    AdminMessages.info("API key created. Copy it now: it is not shown again.");
  }

  public void revoke() {
    if (!admin.allowOwnerAction("revoke API keys")) {
      return;
    }
    String requested = AdminParameters.get("api-key-revoke");
    var id = new InputChecks().optionalId(requested, "The key");
    if (id.isEmpty() || !service.revoke(id.get())) {
      AdminMessages.gone("This store has no such API key.");
      rows = null;
      return;
    }
    AdminMessages.info("API key revoked: requests with it are refused from now on.");
    AdminParameters.redirect(admin, "/api-keys");
  }

  public List<ApiKeyService.KeyRow> getRows() {
    if (rows == null) {
      rows = service.list();
    }
    return rows;
  }

  public String when(Instant instant) {
    return WHEN.format(instant);
  }

  public String getNewSecret() {
    return newSecret;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
