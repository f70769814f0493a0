package dev.penny.checkout.payment;

/** A change the payment's table of transitions does not allow (e.g. capturing a voided one). */
public final class PaymentStateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  PaymentStateException(PaymentStatus from, PaymentStatus to) {
    super("A payment that is " + from.code() + " cannot become " + to.code(), null, false, false);
  }
}
