package dev.penny.platform.store;

import dev.penny.money.Money;
import dev.penny.platform.input.InputChecks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;

/** The store settings as typed (text, not yet checked), and the rules they must meet. */
public record StoreSettingsInput(
    String displayName,
    String tagline,
    String theme,
    String primaryColour,
    String accentColour,
    String taxRatePercent,
    String tipPresets,
    String topUpAmounts) {

  public static StoreSettingsInput of(StoreSettings s, Currency currency) {
    return new StoreSettingsInput(
        s.displayName(),
        s.tagline().orElse(""),
        s.theme().name(),
        s.primaryColour(),
        s.accentColour(),
        BigDecimal.valueOf(s.taxRatePpm(), 4).stripTrailingZeros().toPlainString(),
        amounts(s.tipPresets()),
        amounts(s.topUpAmounts()));
  }

  private static String amounts(AmountPresets presets) {
    return presets.amounts().stream().map(Money::toPlainString).collect(Collectors.joining(", "));
  }

  /** The payments module's rules for what a tip and a top-up may be (it refuses others). */
  static final long MIN_TIP_MICROS = 10_000L;

  static final long MAX_TIP_MICROS = 100_000_000L;

  /** Messages for every field that is not acceptable; empty when the form can be saved. */
  public List<String> problems(Currency currency) {
    List<String> problems = new ArrayList<>();
    InputChecks checks = new InputChecks();
    for (Money tip : amountList(tipPresets, currency, "The tip presets", checks)) {
      if (tip.micros() < MIN_TIP_MICROS || tip.micros() > MAX_TIP_MICROS) {
        checks.problem("The tip presets are from 0.01 to 100.00 (" + tip.toPlainString() + ").");
      }
    }
    for (Money topUp : amountList(topUpAmounts, currency, "The wallet top-up amounts", checks)) {
      // A card charges it: whole minor units, within the custom amount's range.
      if (!TopUpRange.allows(topUp)) {
        checks.problem(
            "The wallet top-up amounts are card charges: "
                + TopUpRange.describe(currency)
                + " ("
                + topUp.toPlainString()
                + ").");
      }
    }
    checks.text(displayName, "The store name", 120);
    checks.optionalText(tagline, "The tagline", 200);
    problems.addAll(checks.problems());
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

  AmountPresets tipPresets(Currency currency) {
    return new AmountPresets(
        amountList(tipPresets, currency, "The tip presets", new InputChecks()));
  }

  AmountPresets topUpAmounts(Currency currency) {
    return new AmountPresets(
        amountList(topUpAmounts, currency, "The wallet top-up amounts", new InputChecks()));
  }

  /** "0.50, 1, 2" → amounts; 1 to 6 amounts above zero, no repeats. */
  private static List<Money> amountList(
      String text, Currency currency, String label, InputChecks checks) {
    String[] parts = text == null || text.isBlank() ? new String[0] : text.split(",");
    if (parts.length < 1 || parts.length > AmountPresets.MAX) {
      checks.problem(label + " are 1 to " + AmountPresets.MAX + " amounts separated by commas.");
      return List.of();
    }
    List<Money> amounts = new ArrayList<>();
    for (String part : parts) {
      Money m = checks.amount(part, currency, label + " (" + part.strip() + ")", true);
      if (m != null) {
        if (amounts.contains(m)) {
          checks.problem(label + " list " + part.strip() + " twice.");
        }
        amounts.add(m);
      }
    }
    return amounts;
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
