package dev.penny.storefront.api;

import dev.penny.cart.order.Order;
import dev.penny.cart.order.OrderEvent;
import dev.penny.cart.order.OrderLine;
import dev.penny.cart.order.OrderService;
import dev.penny.platform.json.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** An order as the API shows it (amounts as decimal strings in the order's currency). */
final class OrderJson {

  private OrderJson() {}

  static JsonObject summary(Order o) {
    return base(o).build();
  }

  static JsonObject detail(OrderService.OrderDetail detail) {
    Order o = detail.order();
    JsonObjectBuilder json = base(o);
    JsonArrayBuilder lines = Jsonp.JSON.createArrayBuilder();
    for (OrderLine l : detail.lines()) {
      lines.add(
          Jsonp.JSON
              .createObjectBuilder()
              .add("sku", l.sku())
              .add("product_id", l.productId())
              .add("product_name", l.productName())
              .add("variant_name", l.variantName())
              .add("quantity", l.quantity())
              .add("unit_price", l.unitPrice().toPlainString())
              .add("total", l.total().toPlainString()));
    }
    json.add("lines", lines);
    o.shippingAddress()
        .ifPresent(
            a ->
                json.add(
                    "shipping_address",
                    Jsonp.JSON
                        .createObjectBuilder()
                        .add("name", a.name())
                        .add("line1", a.line1())
                        .add("city", a.city())
                        .add("postcode", a.postcode())
                        .add("country", a.country())));
    o.shippingMethod().ifPresent(m -> json.add("shipping_method", m));
    JsonArrayBuilder events = Jsonp.JSON.createArrayBuilder();
    for (OrderEvent e : detail.events()) {
      JsonObjectBuilder event =
          Jsonp.JSON
              .createObjectBuilder()
              .add("kind", e.kind())
              .add("status", e.to().name().toLowerCase())
              .add("actor", e.actor())
              .add("at", e.at().toString());
      e.amount().ifPresent(a -> event.add("amount", a.toPlainString()));
      events.add(event);
    }
    json.add("history", events);
    return json.build();
  }

  private static JsonObjectBuilder base(Order o) {
    var totals = o.totals();
    JsonObjectBuilder json =
        Jsonp.JSON
            .createObjectBuilder()
            .add("object", "order")
            .add("number", o.number())
            .add("status", o.status().name().toLowerCase())
            .add("email", o.email())
            .add("placed_at", o.placedAt().toString())
            .add("currency", o.total().currency().getCurrencyCode())
            .add("subtotal", totals.subtotal().toPlainString())
            .add("discount", totals.discount().toPlainString())
            .add("shipping", totals.shipping().toPlainString())
            .add("tax", totals.tax().toPlainString())
            .add("total", totals.total().toPlainString())
            .add("charged", o.charged().toPlainString())
            .add("refunded", o.refunded().toPlainString());
    o.couponCode().ifPresent(c -> json.add("coupon", c));
    return json;
  }
}
