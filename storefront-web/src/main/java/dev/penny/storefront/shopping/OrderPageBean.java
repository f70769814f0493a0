package dev.penny.storefront.shopping;

import dev.penny.cart.order.OrderService;
import dev.penny.cart.order.OrderService.OrderDetail;
import dev.penny.cart.order.OrderStatus;
import dev.penny.platform.problem.DomainException;
import dev.penny.platform.tenancy.PublicAddress;
import dev.penny.platform.tenancy.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An order's pages, opened by its number and the key in the link the shopper got: the payment step
 * (the checkout zone's card page in a frame) and the order itself (the confirmation). The order's
 * payment is confirmed with the zone, server to server, whenever its page is shown.
 */
@Named("orderPage")
@RequestScoped
public class OrderPageBean {

  private final OrderService orders;
  private final TenantContext tenant;
  private final PublicAddress addresses;
  private final String zoneUrl;
  private OrderDetail detail;
  private String cardPageUrl;
  private String problem;

  @Inject
  public OrderPageBean(
      OrderService orders,
      TenantContext tenant,
      PublicAddress addresses,
      @ConfigProperty(name = "penny.checkout.url", defaultValue = "http://pay.localhost:8080")
          String zoneUrl) {
    this.orders = orders;
    this.tenant = tenant;
    this.addresses = addresses;
    this.zoneUrl = zoneUrl;
  }

  protected OrderPageBean() {
    this(null, null, null, null);
  }

  /** The order page: confirms a pending payment with the zone, then shows the order. */
  public void loadOrder() {
    if (!find()) {
      return;
    }
    if (detail.order().status() == OrderStatus.PENDING) {
      try {
        orders.confirmPayment(detail.order().number(), store());
        find();
      } catch (DomainException e) {
        problem = e.getMessage();
      }
    }
  }

  /** The payment step: a paid order goes to its page; a pending one gets the card page. */
  public void loadPayment() {
    if (!find()) {
      return;
    }
    if (detail.order().status() != OrderStatus.PENDING) {
      redirect(getOrderUrl());
      return;
    }
    try {
      cardPageUrl = orders.paymentStep(detail.order().number(), store(), addresses.of(""));
    } catch (DomainException e) {
      problem = e.getMessage();
    }
  }

  private boolean find() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String number = external.getRequestParameterMap().get("number");
    String key = external.getRequestParameterMap().get("key");
    Optional<OrderDetail> found =
        number == null || key == null || !number.matches("[1-9][0-9]{0,17}")
            ? Optional.empty()
            : orders.detail(Long.parseLong(number), key);
    if (found.isEmpty()) {
      dev.penny.storefront.web.FacesResponses.notFound();
      return false;
    }
    detail = found.get();
    return true;
  }

  private String store() {
    return tenant.tenant().orElseThrow().slug();
  }

  private static void redirect(String url) {
    try {
      FacesContext.getCurrentInstance().getExternalContext().redirect(url);
      FacesContext.getCurrentInstance().responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public OrderDetail getDetail() {
    return detail;
  }

  public String getCardPageUrl() {
    return cardPageUrl;
  }

  public String getProblem() {
    return problem;
  }

  public String getZoneOrigin() {
    return zoneUrl;
  }

  /** The order's own page (the confirmation), with its key. */
  public String getOrderUrl() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return external.getRequestContextPath()
        + tenant.basePath()
        + "/orders/"
        + detail.order().number()
        + "?key="
        + detail.order().accessKey();
  }

  public String getPayUrl() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return external.getRequestContextPath()
        + tenant.basePath()
        + "/orders/"
        + detail.order().number()
        + "/pay?key="
        + detail.order().accessKey();
  }
}
