package dev.penny.storefront.api;

import dev.penny.money.Money;
import dev.penny.payments.purchase.MicroPurchase;
import dev.penny.payments.purchase.Receipt;
import dev.penny.platform.json.Jsonp;
import dev.penny.platform.problem.ErrorCode;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;

/** JSON of the micropayments API: receipts, purchases, and the strict reading of request fields. */
final class MicroJson {

  private MicroJson() {}

  static long id(String text) {
    if (text == null || !text.matches("[1-9][0-9]{0,17}")) {
      throw new ApiRequestException(ErrorCode.INVALID_ID, "An id is a positive whole number");
    }
    return Long.parseLong(text);
  }

  /** A micro-purchase id: {@code mp_123} (or the bare number). */
  static long purchaseId(String text) {
    return id(text != null && text.startsWith("mp_") ? text.substring(3) : text);
  }

  static JsonObject receipt(Receipt receipt) {
    JsonObjectBuilder json =
        Jsonp.JSON
            .createObjectBuilder()
            .add("id", receipt.publicId())
            .add("kind", receipt.kind().name().toLowerCase(java.util.Locale.ROOT))
            .add("title", receipt.title())
            .add("amount", receipt.amount().toPlainString())
            .add("amount_micros", receipt.amount().micros())
            .add("currency", receipt.amount().currency().getCurrencyCode())
            .add("funding", receipt.funding().name().toLowerCase(java.util.Locale.ROOT))
            .add("created_at", receipt.at().toString());
    receipt.expiresAt().ifPresent(e -> json.add("expires_at", e.toString()));
    return json.build();
  }

  static JsonObject purchase(MicroPurchase p) {
    JsonObjectBuilder json =
        Jsonp.JSON
            .createObjectBuilder()
            .add("id", "mp_" + p.id())
            .add("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT))
            .add("title", p.itemTitle())
            .add("amount", p.amount().toPlainString())
            .add("amount_micros", p.amount().micros())
            .add("currency", p.amount().currency().getCurrencyCode())
            .add("funding", p.funding().name().toLowerCase(java.util.Locale.ROOT))
            .add("channel", p.channel().name().toLowerCase(java.util.Locale.ROOT))
            .add("status", status(p))
            .add("refunded", p.refunded().toPlainString())
            .add("created_at", p.createdAt().toString());
    p.note().ifPresent(n -> json.add("note", n));
    return json.build();
  }

  /** Refuses fields the call does not know (a typo must not silently mean something else). */
  /** Where the purchase stands: on an open tab, in a card charge under way, settled or voided. */
  private static String status(MicroPurchase p) {
    if (p.isVoided()) {
      return "voided";
    }
    if (p.isInCardCharge()) {
      return "charging";
    }
    return p.isOnOpenTab() ? "on_tab" : "settled";
  }

  static void onlyFields(JsonObject json, Set<String> known) {
    for (String name : json.keySet()) {
      if (!known.contains(name)) {
        throw new ApiRequestException(ErrorCode.UNKNOWN_FIELD, "Unknown field '" + name + "'");
      }
    }
  }

  static String text(JsonObject json, String name) {
    return optionalText(json, name)
        .orElseThrow(
            () -> new ApiRequestException(ErrorCode.INVALID_INPUT, "'" + name + "' is required"));
  }

  static Optional<String> optionalText(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      throw new ApiRequestException(ErrorCode.INVALID_INPUT, "'" + name + "' must be a string");
    }
    return Optional.of(json.getString(name));
  }

  /**
   * {@code "amount": "0.25"} (a decimal string, at most 6 decimals) with {@code "currency"}: the
   * store's currency when absent.
   */
  static Money amount(JsonObject json, Currency storeCurrency) {
    String amount = text(json, "amount");
    String currency = optionalText(json, "currency").orElse(storeCurrency.getCurrencyCode());
    if (!amount.matches("[0-9]{1,12}(\\.[0-9]{1,6})?")) {
      throw new ApiRequestException(
          ErrorCode.INVALID_AMOUNT,
          "'amount' is a decimal string above zero with at most 6 decimals, e.g. \"0.25\"");
    }
    if (!currency.matches("[A-Z]{3}")) {
      throw new ApiRequestException(
          ErrorCode.INVALID_CURRENCY,
          "'currency' is an ISO 4217 code in capitals, such as \"" + storeCurrency + "\"");
    }
    Money money;
    try {
      money = Money.parse(amount, currency);
    } catch (RuntimeException e) {
      throw new ApiRequestException(
          ErrorCode.INVALID_CURRENCY, "'" + currency + "' is not a currency Penny knows");
    }
    if (!money.isPositive()) {
      throw new ApiRequestException(ErrorCode.INVALID_AMOUNT, "'amount' must be above zero");
    }
    return money;
  }
}
