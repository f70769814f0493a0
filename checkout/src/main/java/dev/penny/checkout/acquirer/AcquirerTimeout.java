package dev.penny.checkout.acquirer;

/** The acquirer did not answer in time: the request's outcome is unknown until asked. */
public final class AcquirerTimeout extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AcquirerTimeout(String requestId) {
    super("No answer to request " + requestId, null, false, false);
  }
}
