package dev.penny.storefront.api;

import dev.penny.platform.problem.DomainException;

/** A request the API refuses as malformed: bad limit, unknown cursor, unknown parameter. */
public final class ApiRequestException extends DomainException {
  private static final long serialVersionUID = 1L;

  private final int status;

  private ApiRequestException(int status, String code, String message) {
    super(code, message);
    this.status = status;
  }

  public static ApiRequestException badRequest(String code, String message) {
    return new ApiRequestException(400, code, message);
  }

  public static ApiRequestException notFound(String code, String message) {
    return new ApiRequestException(404, code, message);
  }

  public static ApiRequestException unauthorized(String code, String message) {
    return new ApiRequestException(401, code, message);
  }

  @Override
  public int status() {
    return status;
  }
}
