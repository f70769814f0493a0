package dev.penny.platform.problem;

/**
 * A refusal by the domain, with a stable {@link ErrorCode}. The API maps it to an RFC 9457 problem,
 * pages to a message; neither leaks internals. Subclasses name the kind of refusal; the code says
 * exactly which.
 */
public abstract class DomainException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  protected DomainException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public ErrorCode errorCode() {
    return code;
  }

  public String code() {
    return code.code();
  }

  public int status() {
    return code.status();
  }
}
