package dev.penny.storefront.admin;

/** The product or variant is not the current store's (or does not exist): answered 404. */
public class ProductNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ProductNotFoundException() {
    super("No such product in this store");
  }
}
