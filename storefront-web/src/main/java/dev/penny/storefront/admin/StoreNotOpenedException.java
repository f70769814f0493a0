package dev.penny.storefront.admin;

/** A store could not be opened; the message is for the user. */
public class StoreNotOpenedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreNotOpenedException(String message) {
    super(message);
  }
}
