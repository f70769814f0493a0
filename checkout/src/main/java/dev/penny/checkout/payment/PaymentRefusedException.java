package dev.penny.checkout.payment;

/** The acquirer refused a capture, void or refund; the code says why. */
public final class PaymentRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final String code;

  public PaymentRefusedException(String code) {
    super(code, null, false, false);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
