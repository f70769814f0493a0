package dev.penny.platform.media;

import dev.penny.platform.problem.DomainException;
import dev.penny.platform.problem.ErrorCode;

/** An upload that is not an acceptable image; the message says why, for the merchant. */
public final class InvalidImageException extends DomainException {

  private static final long serialVersionUID = 1L;

  public InvalidImageException(String message) {
    super(ErrorCode.INVALID_IMAGE, message);
  }
}
