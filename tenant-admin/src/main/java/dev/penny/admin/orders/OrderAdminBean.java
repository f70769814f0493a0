package dev.penny.admin.orders;

import dev.penny.admin.web.AdminAddress;
import dev.penny.admin.web.AdminContext;
import dev.penny.admin.web.AdminMessages;
import dev.penny.admin.web.AdminParameters;
import dev.penny.cart.order.OrderService;
import dev.penny.money.Money;
import dev.penny.money.MoneyException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * One order: what was bought, where it goes, its history; fulfil (captures the card), cancel (voids
 * or refunds it, stock back) and refund part or all of what was charged. Each change is recorded
 * with the member who made it.
 */
@Named("orderAdmin")
@ViewScoped
public class OrderAdminBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient OrderService orders;
  @Inject transient AdminContext admin;
  @Inject transient AdminAddress address;

  private long number;
  private transient OrderService.OrderDetail detail;
  private String refundAmount;
  private final String refundKey = UUID.randomUUID().toString();

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    OptionalLong requested = AdminParameters.id();
    address.remember(requested);
    if (requested.isEmpty() || orders.detail(requested.getAsLong()).isEmpty()) {
      AdminMessages.notFound();
      return;
    }
    number = requested.getAsLong();
  }

  public OrderService.OrderDetail getDetail() {
    if (detail == null && number > 0) {
      detail = orders.detail(number).orElse(null);
    }
    return detail;
  }

  public void fulfil() {
    orders.fulfil(number, admin.getStore().slug(), actor());
    AdminMessages.info("Order " + number + " fulfilled; the card was captured.");
    AdminParameters.redirect(admin, "/orders/" + number);
  }

  public void cancel() {
    if (!admin.allowOwnerAction("cancel orders")) {
      return;
    }
    orders.cancel(number, admin.getStore().slug(), actor());
    AdminMessages.info("Order " + number + " cancelled; its stock is back.");
    AdminParameters.redirect(admin, "/orders/" + number);
  }

  public void refund() {
    if (!admin.allowOwnerAction("refund orders")) {
      return;
    }
    Money amount;
    try {
      amount = Money.parse(refundAmount, admin.getStore().currency());
    } catch (MoneyException e) {
      AdminMessages.refused(List.of("Enter the amount to refund, such as 5.00."));
      return;
    }
    orders.refund(number, admin.getStore().slug(), amount, "admin-" + refundKey, actor());
    AdminMessages.info("Refunded " + amount.toPlainString() + " on order " + number + ".");
    AdminParameters.redirect(admin, "/orders/" + number);
  }

  /**
   * Who made a change, as the history shows it: a staff member or owner by user name, the shopper
   * as "the shopper" (signed in) or "a guest", Penny's own sweeps as they are named.
   */
  public String who(String actor) {
    if (actor.startsWith("member:")) {
      return actor.substring("member:".length());
    }
    if (actor.startsWith("shopper:") || actor.equals("shopper")) {
      return "the shopper";
    }
    return actor.equals("guest") ? "a guest (the shopper)" : actor;
  }

  private static String actor() {
    var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
    String actor = "member:" + (principal == null ? "unknown" : principal.getName());
    // The order's history keeps 255 characters of who did it (a user name may have 255 itself).
    return actor.length() > 255 ? actor.substring(0, 254) + "…" : actor;
  }

  public String getRefundAmount() {
    return refundAmount;
  }

  public void setRefundAmount(String refundAmount) {
    this.refundAmount = refundAmount;
  }
}
