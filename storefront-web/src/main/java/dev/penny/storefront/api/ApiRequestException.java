package dev.penny.storefront.api;

import dev.penny.platform.problem.DomainException;
import dev.penny.platform.problem.ErrorCode;

/** A request the API refuses as malformed: bad limit, unknown cursor, unknown parameter. */
public final class ApiRequestException extends DomainException {
  private static final long serialVersionUID = 1L;

  public ApiRequestException(ErrorCode code, String message) {
    super(code, message);
  }
}
