package dev.penny.platform.store;

import dev.penny.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How a store presents itself: display name, tagline, logo, theme and colours, and the tax rate it
 * charges. One row per store. The store's currency is the tenant's ({@code Tenant#currency}).
 */
@Entity
@Table(name = "store_settings")
public class StoreSettings extends TenantOwned {

  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
  public static final int MAX_TAX_RATE_PPM = 1_000_000;
  public static final int MAX_PRESETS = 6;

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

  /** A shopper's tab is charged to their card when it reaches this (store currency, micros). */
  @Column(name = "tab_threshold_micros", nullable = false)
  private long tabThresholdMicros = 5_000_000;

  @Column(name = "tip_presets_micros", nullable = false, length = 200)
  private String tipPresetsMicros = "500000,1000000,2000000";

  @Column(name = "top_up_amounts_micros", nullable = false, length = 200)
  private String topUpAmountsMicros = "5000000,10000000,20000000";

  protected StoreSettings() {}

  public StoreSettings(String displayName, StoreTheme theme) {
    this.displayName = displayName;
    this.theme = theme;
    this.primaryColour = "#1f2933";
    this.accentColour = "#d9480f";
  }

  public void rename(String displayName) {
    if (displayName == null || displayName.isBlank() || displayName.strip().length() > 120) {
      throw new IllegalArgumentException("A store name is 1 to 120 characters");
    }
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
      throw new IllegalArgumentException("Colours are #rrggbb");
    }
    this.primaryColour = primary.toLowerCase(java.util.Locale.ROOT);
    this.accentColour = accent.toLowerCase(java.util.Locale.ROOT);
  }

  public void taxRatePpm(int ppm) {
    if (ppm < 0 || ppm > MAX_TAX_RATE_PPM) {
      throw new IllegalArgumentException("A tax rate is between 0 and 100 %");
    }
    this.taxRatePpm = ppm;
  }

  /**
   * The micropayment settings, in micro-units of the store's currency: the tab threshold, the tip
   * buttons and the wallet top-up amounts (each list 1 to {@value #MAX_PRESETS} positive amounts).
   */
  public void micropayments(long tabThresholdMicros, List<Long> tipPresets, List<Long> topUps) {
    if (tabThresholdMicros <= 0) {
      throw new IllegalArgumentException("The tab threshold must be above zero");
    }
    String tips = joinAmounts(tipPresets, "tip presets");
    String amounts = joinAmounts(topUps, "top-up amounts");
    this.tabThresholdMicros = tabThresholdMicros;
    this.tipPresetsMicros = tips;
    this.topUpAmountsMicros = amounts;
  }

  private static String joinAmounts(List<Long> amounts, String what) {
    if (amounts.isEmpty() || amounts.size() > MAX_PRESETS) {
      throw new IllegalArgumentException("Give 1 to " + MAX_PRESETS + " " + what);
    }
    if (amounts.stream().anyMatch(a -> a <= 0)) {
      throw new IllegalArgumentException("Every one of the " + what + " must be above zero");
    }
    return amounts.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  private static List<Long> splitAmounts(String joined) {
    return Arrays.stream(joined.split(",")).map(Long::valueOf).toList();
  }

  public long tabThresholdMicros() {
    return tabThresholdMicros;
  }

  public List<Long> tipPresetsMicros() {
    return splitAmounts(tipPresetsMicros);
  }

  public List<Long> topUpAmountsMicros() {
    return splitAmounts(topUpAmountsMicros);
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
