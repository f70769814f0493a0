package dev.penny.platform.problem;

/**
 * The current store has no item with the id asked for: also what another store's id looks like,
 * since every lookup goes through the tenant filter.
 */
public final class ItemNotFoundException extends DomainException {
  private static final long serialVersionUID = 1L;

  public ItemNotFoundException() {
    this(ErrorCode.NOT_FOUND, "Not found");
  }

  public ItemNotFoundException(ErrorCode code, String message) {
    super(code, message);
  }
}
