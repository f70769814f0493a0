package dev.penny.admin.store;

import dev.penny.admin.web.AdminContext;
import dev.penny.admin.web.AdminMessages;
import dev.penny.admin.web.AdminParameters;
import dev.penny.admin.web.UploadedImages;
import dev.penny.payments.tab.TabPolicy;
import dev.penny.platform.input.InputChecks;
import dev.penny.platform.media.ImageUpload;
import dev.penny.platform.media.InvalidImageException;
import dev.penny.platform.store.StoreSettingsInput;
import dev.penny.platform.store.StoreSettingsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.util.List;
import java.util.Optional;

/**
 * The store settings page. Staff see the settings but cannot change them; a bad value is reported
 * on the form and nothing is saved.
 */
@Named("settings")
@RequestScoped
public class SettingsBean {

  private final StoreSettingsService service;
  private final AdminContext admin;
  private final TabPolicy tabs;
  private String displayName;
  private String tagline;
  private String theme;
  private String primaryColour;
  private String accentColour;
  private String taxRatePercent;
  private String tipPresets;
  private String topUpAmounts;
  private String shippingName;
  private String shippingPrice;
  private List<StoreSettingsService.ShippingRow> shippingMethods;
  private Part logo;
  private boolean removeLogo;
  private String logoUrl;

  @Inject
  public SettingsBean(StoreSettingsService service, AdminContext admin, TabPolicy tabs) {
    this.service = service;
    this.admin = admin;
    this.tabs = tabs;
  }

  protected SettingsBean() {
    this(null, null, null);
  }

  /** Fills the form from the store on the first request (not on a postback). */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    service
        .current(admin.getStore().currency())
        .ifPresent(
            f -> {
              displayName = f.displayName();
              tagline = f.tagline();
              theme = f.theme();
              primaryColour = f.primaryColour();
              accentColour = f.accentColour();
              taxRatePercent = f.taxRatePercent();
              tipPresets = f.tipPresets();
              topUpAmounts = f.topUpAmounts();
            });
  }

  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!admin.allowOwnerAction("change its settings")) {
      return;
    }
    StoreSettingsInput form =
        new StoreSettingsInput(
            displayName,
            tagline,
            theme,
            primaryColour,
            accentColour,
            taxRatePercent,
            tipPresets,
            topUpAmounts);
    List<String> problems = form.problems(admin.getStore().currency());
    if (!problems.isEmpty()) {
      problems.forEach(
          p -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, p, null)));
      faces.getExternalContext().setResponseStatus(400);
      return;
    }
    StoreSettingsService.LogoChange logoChange = new StoreSettingsService.LogoChange.Keep();
    if (removeLogo) {
      logoChange = new StoreSettingsService.LogoChange.Remove();
    } else {
      try {
        Optional<ImageUpload> upload = UploadedImages.read(logo);
        if (upload.isPresent()) {
          logoChange = new StoreSettingsService.LogoChange.Replace(upload.get());
        }
      } catch (InvalidImageException e) {
        AdminMessages.refused(List.of("Logo: " + e.getMessage()));
        return;
      }
    }
    service.update(admin.getStore(), form, logoChange);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Settings saved.", null));
  }

  public void addShippingMethod() {
    if (!admin.allowOwnerAction("change shipping methods")) {
      return;
    }
    service.addShippingMethod(admin.getStore(), shippingName, shippingPrice);
    AdminMessages.info(
        "Shipping method " + AdminMessages.isolated(shippingName.strip()) + " added.");
    AdminParameters.redirect(admin, "/settings");
  }

  public void removeShippingMethod() {
    if (!admin.allowOwnerAction("change shipping methods")) {
      return;
    }
    InputChecks checks = new InputChecks();
    String requested = AdminParameters.get("shipping-remove");
    var id = checks.optionalId(requested, "The shipping method");
    if (id.isEmpty() || !service.removeShippingMethod(admin.getStore(), id.get())) {
      AdminMessages.gone("That shipping method is removed already.");
      shippingMethods = null;
      return;
    }
    AdminMessages.info("Shipping method removed.");
    AdminParameters.redirect(admin, "/settings");
  }

  public List<StoreSettingsService.ShippingRow> getShippingMethods() {
    if (shippingMethods == null) {
      shippingMethods = service.shippingMethods();
    }
    return shippingMethods;
  }

  public String price(dev.penny.money.Money money) {
    return dev.penny.money.MoneyDisplay.format(money, java.util.Locale.US);
  }

  /** The platform's tab threshold in the store's currency (set by the operator, not per store). */
  public String getTabThreshold() {
    return price(tabs.threshold(admin.getStore().currency()));
  }

  /** How old a tab's oldest line may get before the tab is due (the platform's rule). */
  public long getTabMaxAgeHours() {
    return tabs.maxLineAge().toHours();
  }

  /** The platform's tab limit in the store's currency. */
  public String getTabLimit() {
    return price(tabs.limit(admin.getStore().currency()));
  }

  public String getTipPresets() {
    return tipPresets;
  }

  public void setTipPresets(String tipPresets) {
    this.tipPresets = tipPresets;
  }

  public String getTopUpAmounts() {
    return topUpAmounts;
  }

  public void setTopUpAmounts(String topUpAmounts) {
    this.topUpAmounts = topUpAmounts;
  }

  public String getShippingName() {
    return shippingName;
  }

  public void setShippingName(String shippingName) {
    this.shippingName = shippingName;
  }

  public String getShippingPrice() {
    return shippingPrice;
  }

  public void setShippingPrice(String shippingPrice) {
    this.shippingPrice = shippingPrice;
  }

  public Part getLogo() {
    return logo;
  }

  public void setLogo(Part logo) {
    this.logo = logo;
  }

  public boolean isRemoveLogo() {
    return removeLogo;
  }

  public void setRemoveLogo(boolean removeLogo) {
    this.removeLogo = removeLogo;
  }

  /** The current logo's address, or empty. */
  public String getLogoUrl() {
    if (logoUrl == null) {
      logoUrl = service.logoUrl().orElse("");
    }
    return logoUrl;
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
