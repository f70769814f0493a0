package dev.penny.checkout.payment;

/** No payment with that id (or not one the caller may see). */
public final class PaymentNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PaymentNotFoundException() {
    super("No such payment", null, false, false);
  }
}
