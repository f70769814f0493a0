package dev.penny.platform.problem;

import java.util.Locale;

/**
 * Every reason Penny gives for refusing a request, once. Clients switch on {@link #code()} (the
 * {@code code} member of a problem+json body), so a code never changes once published; add new ones
 * instead.
 */
public enum ErrorCode {
  BAD_REQUEST(400),
  MALFORMED_REQUEST(400),
  INVALID_INPUT(400),
  INVALID_PRODUCT(400),
  INVALID_IMAGE(400),
  INVALID_AMOUNT(400),
  CURRENCY_MISMATCH(400),
  INVALID_CURRENCY(400),
  AMOUNT_OVERFLOW(400),
  MALFORMED_JSON(400),
  UNKNOWN_FIELD(400),
  UNKNOWN_PARAMETER(400),
  DUPLICATE_PARAMETER(400),
  INVALID_LIMIT(400),
  INVALID_CURSOR(400),
  INVALID_ID(400),
  QUERY_TOO_LONG(400),
  INVALID_QUANTITY(400),
  /** A cart already holds as many different items as a cart may. */
  CART_FULL(409),
  CART_EMPTY(400),
  /** An order whose total a card cannot be charged (above zero, below the acquirer's minimum). */
  ORDER_BELOW_CARD_MINIMUM(400),
  UNKNOWN_COUPON(400),
  COUPON_EXPIRED(400),
  COUPON_MINIMUM_NOT_MET(400),
  COUPON_USED_UP(409),
  SHIPPING_METHOD_REQUIRED(400),
  OUT_OF_STOCK(409),
  INVALID_ADDRESS(400),
  INVALID_EMAIL(400),
  INVALID_DAY(400),
  INVALID_WEBHOOK_URL(400),
  WEBHOOK_SIGNATURE_INVALID(400),
  CART_CHANGED(409),
  PRICE_CHANGED(409),
  ORDER_STATE_CONFLICT(409),
  CONCURRENT_CHANGE(409),
  IDEMPOTENCY_CONFLICT(409),
  IDEMPOTENCY_KEY_REQUIRED(400),
  INSUFFICIENT_FUNDS(409),
  TAB_LIMIT_REACHED(409),
  TAB_LOCKED(409),
  TAB_NOT_OPEN(409),
  TAB_CLOSED(409),
  CONSENT_REQUIRED(400),
  NO_SAVED_CARD(409),
  ALREADY_OWNED(409),
  PURCHASE_NOT_VOIDABLE(409),
  TAB_CHARGE_UNDER_WAY(409),
  NOTHING_TO_PAY(409),
  PURCHASE_ON_OPEN_TAB(409),
  REFUND_EXCEEDS_REMAINING(409),
  REFUND_TO_CARD_UNAVAILABLE(409),
  CARD_DECLINED(402),
  PAYMENT_REQUIRED(402),
  PAYMENT_SIGNATURE_INVALID(402),
  /** An x402 payment payload that cannot be read (not the protocol's shape). */
  INVALID_PAYMENT(400),
  PAYMENT_NONCE_EXPIRED(402),
  PAYMENT_NONCE_REPLAYED(409),
  PRICE_ABOVE_MAXIMUM(402),
  CONFLICTING_PRICE_HEADERS(400),
  SPENDING_KEY_REQUIRED(401),
  INVALID_SPENDING_KEY(401),
  SPENDING_KEY_REVOKED(401),
  BUTTON_NOT_CONNECTED(401),
  SPENDING_CAP_REACHED(403),
  SPENDING_KEY_OTHER_STORE(403),
  CONTENT_NOT_FOUND(404),
  PURCHASE_NOT_FOUND(404),
  SETTLEMENT_NOT_FOUND(404),
  WEBHOOK_ENDPOINT_NOT_FOUND(404),
  SPENDING_KEY_NOT_FOUND(404),
  SIGN_IN_REQUIRED(401),
  API_KEY_REQUIRED(401),
  INVALID_API_KEY(401),
  API_KEY_REVOKED(401),
  FORBIDDEN(403),
  API_KEY_OTHER_STORE(403),
  STORE_SUSPENDED(403),
  NOT_FOUND(404),
  STORE_NOT_FOUND(404),
  PRODUCT_NOT_FOUND(404),
  CART_LINE_NOT_FOUND(404),
  ORDER_NOT_FOUND(404),
  NO_STORE(404),
  METHOD_NOT_ALLOWED(405),
  NOT_ACCEPTABLE(406),
  PAYLOAD_TOO_LARGE(413),
  URI_TOO_LONG(414),
  UNSUPPORTED_MEDIA_TYPE(415),
  STORE_NOT_OPENED(503),
  SERVICE_UNAVAILABLE(503),
  PAYMENT_UNAVAILABLE(503),
  INTERNAL_ERROR(500);

  private final int status;

  ErrorCode(int status) {
    this.status = status;
  }

  /** The stable text clients see: the constant's name in lower case. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The HTTP status this refusal answers with. */
  public int status() {
    return status;
  }

  /** The code with the same text as a {@code MoneyException} reason. */
  public static ErrorCode of(dev.penny.money.MoneyException.Reason reason) {
    return valueOf(reason.name());
  }
}
