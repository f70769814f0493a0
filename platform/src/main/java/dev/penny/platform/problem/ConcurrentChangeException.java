package dev.penny.platform.problem;

/**
 * Two requests created the same thing at once (a double click on Create, two clients with one
 * name): the database's unique key kept one, and the other is told so instead of failing.
 */
public class ConcurrentChangeException extends DomainException {
  private static final long serialVersionUID = 1L;

  public ConcurrentChangeException() {
    super(
        ErrorCode.CONCURRENT_CHANGE,
        "Something with the same name or code was saved at the same moment by another request."
            + " Reload and try again.");
  }
}
