package dev.penny.storefront.catalog;

import dev.penny.platform.problem.DomainException;
import dev.penny.platform.problem.ErrorCode;

/** A search longer than {@link StorefrontCatalog#MAX_QUERY_LENGTH} characters. */
public final class QueryTooLongException extends DomainException {
  private static final long serialVersionUID = 1L;

  public QueryTooLongException() {
    super(
        ErrorCode.QUERY_TOO_LONG,
        "Search for at most " + StorefrontCatalog.MAX_QUERY_LENGTH + " characters");
  }
}
