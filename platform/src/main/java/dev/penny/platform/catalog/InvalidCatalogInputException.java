package dev.penny.platform.catalog;

import dev.penny.platform.problem.DomainException;

/** A catalog value the store cannot hold: a missing name, a negative price or stock. */
public final class InvalidCatalogInputException extends DomainException {
  private static final long serialVersionUID = 1L;

  public InvalidCatalogInputException(String message) {
    super("invalid_catalog_input", message);
  }
}
