package dev.penny.storefront.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Logger;

/**
 * The store settings page. Staff see the settings but cannot change them; a bad value is reported
 * on the form and nothing is saved.
 */
@Named("settings")
@RequestScoped
public class SettingsBean {

  private static final Logger LOG = Logger.getLogger(SettingsBean.class.getName());

  private final StoreSettingsService service;
  private final AdminContext admin;
  private String displayName;
  private String tagline;
  private String theme;
  private String primaryColour;
  private String accentColour;
  private String taxRatePercent;

  @Inject
  public SettingsBean(StoreSettingsService service, AdminContext admin) {
    this.service = service;
    this.admin = admin;
  }

  protected SettingsBean() {
    this(null, null);
  }

  /** Fills the form from the store on the first request (not on a postback). */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    service
        .current()
        .ifPresent(
            f -> {
              displayName = f.displayName();
              tagline = f.tagline();
              theme = f.theme();
              primaryColour = f.primaryColour();
              accentColour = f.accentColour();
              taxRatePercent = f.taxRatePercent();
            });
  }

  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!admin.isOwner()) {
      LOG.warning(() -> "Refused settings change by staff in store " + admin.getStore().slug());
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              "Only the store's owners can change its settings.",
              null));
      faces.getExternalContext().setResponseStatus(403);
      return;
    }
    SettingsForm form =
        new SettingsForm(displayName, tagline, theme, primaryColour, accentColour, taxRatePercent);
    List<String> problems = form.problems();
    if (!problems.isEmpty()) {
      problems.forEach(
          p -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, p, null)));
      faces.getExternalContext().setResponseStatus(400);
      return;
    }
    service.update(admin.getStore().id(), form);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Settings saved.", null));
  }

  public List<String> getThemes() {
    return List.of("CLASSIC", "EDITORIAL");
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getTagline() {
    return tagline;
  }

  public void setTagline(String tagline) {
    this.tagline = tagline;
  }

  public String getTheme() {
    return theme;
  }

  public void setTheme(String theme) {
    this.theme = theme;
  }

  public String getPrimaryColour() {
    return primaryColour;
  }

  public void setPrimaryColour(String primaryColour) {
    this.primaryColour = primaryColour;
  }

  public String getAccentColour() {
    return accentColour;
  }

  public void setAccentColour(String accentColour) {
    this.accentColour = accentColour;
  }

  public String getTaxRatePercent() {
    return taxRatePercent;
  }

  public void setTaxRatePercent(String taxRatePercent) {
    this.taxRatePercent = taxRatePercent;
  }
}
