package dev.penny.platform.store;

import dev.penny.money.Money;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Currency;
import java.util.stream.Collectors;

/**
 * Stores {@link AmountPresets} in one text column as the currency and the micro-units: {@code "USD
 * 500000,1000000,2000000"}. Exact both ways; the currency travels with the amounts.
 */
@Converter(autoApply = true)
public class AmountPresetsConverter implements AttributeConverter<AmountPresets, String> {

  @Override
  public String convertToDatabaseColumn(AmountPresets presets) {
    if (presets == null) {
      return null;
    }
    return presets.currency().getCurrencyCode()
        + " "
        + presets.amounts().stream()
            .map(m -> String.valueOf(m.micros()))
            .collect(Collectors.joining(","));
  }

  @Override
  public AmountPresets convertToEntityAttribute(String column) {
    if (column == null) {
      return null;
    }
    String[] parts = column.split(" ", 2);
    Currency currency = Currency.getInstance(parts[0]);
    return new AmountPresets(
        Arrays.stream(parts[1].split(","))
            .map(m -> Money.ofMicros(Long.parseLong(m.strip()), currency))
            .toList());
  }
}
