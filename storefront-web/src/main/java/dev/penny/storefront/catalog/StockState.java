package dev.penny.storefront.catalog;

import dev.penny.platform.catalog.ProductKind;

/** What a shopper is told about availability. Digital goods never run out. */
public enum StockState {
  IN_STOCK("In stock"),
  LOW_STOCK("Only a few left"),
  SOLD_OUT("Sold out"),
  AVAILABLE("Available now");

  public static final int LOW_STOCK_THRESHOLD = 5;

  private final String label;

  StockState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean buyable() {
    return this != SOLD_OUT;
  }

  public static StockState of(ProductKind kind, int stock) {
    if (kind == ProductKind.DIGITAL) {
      return AVAILABLE;
    }
    if (stock <= 0) {
      return SOLD_OUT;
    }
    return stock <= LOW_STOCK_THRESHOLD ? LOW_STOCK : IN_STOCK;
  }
}
