package dev.penny.storefront.admin;

/**
 * The product, variant or content item is not the current store's (or does not exist): answered
 * 404.
 */
public class ItemNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ItemNotFoundException() {
    super("No such item in this store");
  }
}
