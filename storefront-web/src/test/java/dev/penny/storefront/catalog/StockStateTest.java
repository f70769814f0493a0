package dev.penny.storefront.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.platform.catalog.ProductKind;
import org.junit.jupiter.api.Test;

class StockStateTest {

  @Test
  void physicalGoodsRunLowAndOut() {
    assertThat(StockState.of(ProductKind.PHYSICAL, 0)).isEqualTo(StockState.SOLD_OUT);
    assertThat(StockState.of(ProductKind.PHYSICAL, 1)).isEqualTo(StockState.LOW_STOCK);
    assertThat(StockState.of(ProductKind.PHYSICAL, 5)).isEqualTo(StockState.LOW_STOCK);
    assertThat(StockState.of(ProductKind.PHYSICAL, 6)).isEqualTo(StockState.IN_STOCK);
    assertThat(StockState.SOLD_OUT.buyable()).isFalse();
  }

  @Test
  void digitalGoodsAreAlwaysAvailable() {
    assertThat(StockState.of(ProductKind.DIGITAL, 0)).isEqualTo(StockState.AVAILABLE);
    assertThat(StockState.AVAILABLE.buyable()).isTrue();
  }
}
