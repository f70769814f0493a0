package dev.penny.platform.store;

import dev.penny.platform.problem.InvalidInputException;
import dev.penny.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a store presents itself: display name, tagline, logo, theme and colours, and the tax rate it
 * charges. One row per store. The store's currency is the tenant's ({@code Tenant#currency}).
 */
@Entity
@Table(name = "store_settings")
public class StoreSettings extends TenantOwned {

  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
  public static final int MAX_TAX_RATE_PPM = 1_000_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "display_name", nullable = false, length = 120)
  private String displayName;

  @Column(length = 200)
  private String tagline;

  @Column(name = "logo_url", length = 500)
  private String logoUrl;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private StoreTheme theme;

  @Column(name = "primary_colour", nullable = false, length = 7)
  private String primaryColour;

  @Column(name = "accent_colour", nullable = false, length = 7)
  private String accentColour;

  /** Parts per million: 80,000 is 8 %. Exact, like money. */
  @Column(name = "tax_rate_ppm", nullable = false)
  private int taxRatePpm;

  @Column(name = "tip_presets", nullable = false, length = 200)
  private AmountPresets tipPresets;

  @Column(name = "top_up_amounts", nullable = false, length = 200)
  private AmountPresets topUpAmounts;

  protected StoreSettings() {}

  /** A new store's settings: the classic colours, and micropayment defaults in its currency. */
  public StoreSettings(String displayName, StoreTheme theme, Currency currency) {
    this.displayName = displayName;
    this.theme = theme;
    this.primaryColour = "#1f2933";
    this.accentColour = "#d9480f";
    this.tipPresets = AmountPresets.of(currency, 500_000, 1_000_000, 2_000_000);
    this.topUpAmounts = AmountPresets.of(currency, 5_000_000, 10_000_000, 20_000_000);
  }

  public void rename(String displayName) {
    if (displayName == null || displayName.isBlank() || displayName.strip().length() > 120) {
      throw new InvalidInputException("A store name is 1 to 120 characters");
    }
    dev.penny.platform.input.InputChecks.refusal(displayName, "The store name", 120)
        .ifPresent(
            refused -> {
              throw new InvalidInputException(refused);
            });
    this.displayName = displayName.strip();
  }

  public void theme(StoreTheme theme) {
    this.theme = java.util.Objects.requireNonNull(theme, "theme");
  }

  public void describe(String tagline, String logoUrl) {
    this.tagline = tagline;
    this.logoUrl = logoUrl;
  }

  public void colours(String primary, String accent) {
    if (!COLOUR.matcher(primary).matches() || !COLOUR.matcher(accent).matches()) {
      throw new InvalidInputException("Colours are #rrggbb");
    }
    this.primaryColour = primary.toLowerCase(java.util.Locale.ROOT);
    this.accentColour = accent.toLowerCase(java.util.Locale.ROOT);
  }

  public void taxRatePpm(int ppm) {
    if (ppm < 0 || ppm > MAX_TAX_RATE_PPM) {
      throw new InvalidInputException("A tax rate is between 0 and 100 %");
    }
    this.taxRatePpm = ppm;
  }

  /**
   * The micropayment settings, in the store's currency: the tip buttons and the wallet top-up
   * amounts. (A tab's threshold is the platform's, one per currency across all stores.)
   */
  public void micropayments(AmountPresets tips, AmountPresets topUps) {
    Currency currency = currency();
    if (!tips.currency().equals(currency) || !topUps.currency().equals(currency)) {
      throw new InvalidInputException("Amounts are in the store's currency");
    }
    this.tipPresets = tips;
    this.topUpAmounts = topUps;
  }

  /** The store's currency (the tenant's), which every amount of these settings is in. */
  public Currency currency() {
    return tipPresets.currency();
  }

  public AmountPresets tipPresets() {
    return tipPresets;
  }

  public AmountPresets topUpAmounts() {
    return topUpAmounts;
  }

  public String displayName() {
    return displayName;
  }

  public Optional<String> tagline() {
    return Optional.ofNullable(tagline);
  }

  public Optional<String> logoUrl() {
    return Optional.ofNullable(logoUrl);
  }

  public StoreTheme theme() {
    return theme;
  }

  public String primaryColour() {
    return primaryColour;
  }

  public String accentColour() {
    return accentColour;
  }

  public int taxRatePpm() {
    return taxRatePpm;
  }
}
