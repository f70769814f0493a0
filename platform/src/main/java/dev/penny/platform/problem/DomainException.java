package dev.penny.platform.problem;

/**
 * A refusal by the domain, with a stable machine-readable code. The API maps it to an RFC 9457
 * problem (status from {@link #status()}), pages to a message; neither leaks internals.
 */
public abstract class DomainException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;

  protected DomainException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** HTTP status that best describes this refusal; bad input by default. */
  public int status() {
    return 400;
  }
}
