package dev.penny.storefront.admin;

import dev.penny.platform.store.StoreSettings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The values of the settings form, as typed, and their checks. */
public record SettingsForm(
    String displayName,
    String tagline,
    String theme,
    String primaryColour,
    String accentColour,
    String taxRatePercent) {

  static SettingsForm of(StoreSettings s) {
    return new SettingsForm(
        s.displayName(),
        s.tagline().orElse(""),
        s.theme().name(),
        s.primaryColour(),
        s.accentColour(),
        BigDecimal.valueOf(s.taxRatePpm(), 4).stripTrailingZeros().toPlainString());
  }

  /** Messages for every field that is not acceptable; empty when the form can be saved. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (displayName == null || displayName.isBlank() || displayName.strip().length() > 120) {
      problems.add("The store name is 1 to 120 characters.");
    }
    if (tagline != null && tagline.length() > 200) {
      problems.add("The tagline is at most 200 characters.");
    }
    if (theme == null || !List.of("CLASSIC", "EDITORIAL").contains(theme)) {
      problems.add("Choose a theme.");
    }
    if (primaryColour == null || !primaryColour.matches("#[0-9a-fA-F]{6}")) {
      problems.add("The primary colour is #rrggbb, e.g. #1f2933.");
    }
    if (accentColour == null || !accentColour.matches("#[0-9a-fA-F]{6}")) {
      problems.add("The accent colour is #rrggbb, e.g. #d9480f.");
    }
    if (parseTaxRate().isEmpty()) {
      problems.add("The tax rate is a percentage from 0 to 100 with at most 4 decimals.");
    }
    return problems;
  }

  int taxRatePpm() {
    return parseTaxRate().orElseThrow();
  }

  private java.util.Optional<Integer> parseTaxRate() {
    if (taxRatePercent == null || !taxRatePercent.strip().matches("\\d{1,3}(\\.\\d{1,4})?")) {
      return java.util.Optional.empty();
    }
    BigDecimal percent = new BigDecimal(taxRatePercent.strip());
    if (percent.compareTo(BigDecimal.valueOf(100)) > 0) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(percent.movePointRight(4).intValueExact());
  }
}
