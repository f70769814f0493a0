package dev.penny.checkout.vault;

/** Card details refused with a reason a shopper can act on; the message never holds the number. */
public final class CardRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final CardRefusal refusal;

  public CardRefusedException(CardRefusal refusal) {
    super(refusal.code(), null, false, false);
    this.refusal = refusal;
  }

  public CardRefusal refusal() {
    return refusal;
  }
}
