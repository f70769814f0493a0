package dev.penny.admin.micro;

import dev.penny.admin.web.AdminContext;
import dev.penny.admin.web.AdminMessages;
import dev.penny.admin.web.AdminParameters;
import dev.penny.money.Money;
import dev.penny.payments.ledger.LedgerRefusedException;
import dev.penny.payments.purchase.MicroPurchase;
import dev.penny.payments.purchase.MicroPurchaseService;
import dev.penny.payments.purchase.PurchaseKind;
import dev.penny.payments.purchase.Purchases;
import dev.penny.payments.refund.Refund;
import dev.penny.payments.refund.RefundDestination;
import dev.penny.payments.refund.RefundService;
import dev.penny.platform.input.InputChecks;
import dev.penny.platform.problem.ItemNotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The store's micro-purchases, newest first: all, or one kind ({@code ?kind=tip} lists the tips
 * with their notes), paged by the last id shown ({@code ?before=}); a purchase still on a shopper's
 * open tab can be voided.
 */
@Named("microPurchases")
@RequestScoped
public class MicroPurchasesBean {

  static final int PAGE = 50;

  private final Purchases purchases;
  private final MicroPurchaseService service;
  private final AdminContext admin;
  private final RefundService refunds;
  private String formKey;
  private List<MicroPurchase> rows;
  private Optional<PurchaseKind> kind = Optional.empty();

  @Inject
  public MicroPurchasesBean(
      Purchases purchases,
      MicroPurchaseService service,
      AdminContext admin,
      RefundService refunds) {
    this.purchases = purchases;
    this.service = service;
    this.admin = admin;
    this.refunds = refunds;
  }

  protected MicroPurchasesBean() {
    this(null, null, null, null);
  }

  /**
   * Reads the page the address asks for. Also called on a postback (where the view action does not
   * run), so that the rows, and the Void buttons inside them, exist when the form is decoded.
   */
  public void load() {
    if (rows != null) {
      return;
    }
    String requested = String.valueOf(AdminParameters.get("kind"));
    kind =
        Arrays.stream(PurchaseKind.values())
            .filter(k -> k.name().equalsIgnoreCase(requested))
            .findFirst();
    String before = AdminParameters.get("before");
    long beforeId =
        before != null && before.matches("[1-9][0-9]{0,17}") ? Long.parseLong(before) : 0;
    rows =
        kind.map(k -> purchases.ofStore(k, beforeId, PAGE))
            .orElseGet(() -> purchases.ofStore(beforeId, PAGE));
  }

  /** Voids the purchase the row's button names, if it is still on the shopper's open tab. */
  /** A one-time key per rendered page: a refund form sent twice refunds once. */
  public String getFormKey() {
    if (formKey == null) {
      formKey = java.util.UUID.randomUUID().toString();
    }
    return formKey;
  }

  /**
   * Refunds the amount typed in the row whose Refund button was pressed, to the wallet or the card
   * chosen there: only a collected purchase (a purchase on an open tab is voided).
   */
  public void refund() {
    if (!admin.allowOwnerAction("refund micro-purchases")) {
      return;
    }
    var id = new InputChecks().optionalId(AdminParameters.get("micro-refund"), "The purchase");
    String key = AdminParameters.get("refund-key");
    if (id.isEmpty() || key == null || !key.matches("[0-9a-f-]{36}")) {
      AdminMessages.notFound();
      return;
    }
    Money amount;
    try {
      amount =
          Money.parse(
              String.valueOf(AdminParameters.get("refund-amount-" + id.get())).strip(),
              admin.getStore().currency());
    } catch (dev.penny.money.MoneyException e) {
      AdminMessages.error("Enter the amount to refund, such as 0.10.");
      return;
    }
    RefundDestination to =
        "card".equals(AdminParameters.get("refund-to-" + id.get()))
            ? RefundDestination.CARD
            : RefundDestination.WALLET;
    try {
      Refund refund =
          refunds.refund(admin.getStore(), id.get(), amount, to, "admin:" + key + ":" + id.get());
      AdminMessages.info(
          "Purchase mp_"
              + id.get()
              + ": "
              + refund.amount().toPlainString()
              + (refund.status().equals("DONE")
                  ? " refunded to the " + to.name().toLowerCase(java.util.Locale.ROOT) + "."
                  : " refund under way (the card's answer is awaited)."));
    } catch (ItemNotFoundException e) {
      AdminMessages.notFound();
      return;
    } catch (dev.penny.platform.problem.DomainException e) {
      AdminMessages.error("Purchase mp_" + id.get() + " was not refunded: " + e.getMessage());
      return;
    }
    AdminParameters.redirect(admin, "/micropayments");
  }

  public void voidPurchase() {
    if (!admin.allowOwnerAction("void micro-purchases")) {
      return;
    }
    var id = new InputChecks().optionalId(AdminParameters.get("micro-void"), "The purchase");
    if (id.isEmpty()) {
      AdminMessages.notFound();
      return;
    }
    try {
      service.voidOnTab(admin.getStore(), id.get());
      AdminMessages.info(
          "Purchase mp_" + id.get() + " voided: the shopper's tab no longer owes it.");
    } catch (ItemNotFoundException e) {
      AdminMessages.notFound();
      return;
    } catch (LedgerRefusedException e) {
      AdminMessages.error(
          "Purchase mp_"
              + id.get()
              + " cannot be voided: only a purchase still on an open tab can be (a charged one is"
              + " refunded instead).");
      return;
    }
    AdminParameters.redirect(admin, "/micropayments");
  }

  public List<MicroPurchase> getRows() {
    load();
    return rows;
  }

  public List<String> getKinds() {
    return Arrays.stream(PurchaseKind.values()).map(MicroPurchasesBean::name).toList();
  }

  public String getKind() {
    load();
    return kind.map(MicroPurchasesBean::name).orElse("");
  }

  public boolean isHasNext() {
    return getRows().size() == PAGE;
  }

  public long getNextBefore() {
    List<MicroPurchase> page = getRows();
    return page.isEmpty() ? 0 : page.get(page.size() - 1).id();
  }

  /**
   * What a row's status says: on an open tab (voidable), paid (and what of it was refunded), or
   * voided.
   */
  public String status(MicroPurchase p) {
    if (p.isVoided()) {
      return "voided";
    }
    if (p.isInCardCharge()) {
      return "in a card charge";
    }
    if (p.isOnOpenTab()) {
      return "on open tab";
    }
    if (p.refunded().equals(p.amount())) {
      return "refunded";
    }
    return p.refunded().isPositive()
        ? "paid, " + p.refunded().toPlainString() + " refunded"
        : "paid";
  }

  public String label(MicroPurchase p) {
    return switch (p.kind()) {
      case UNLOCK -> p.expiresAt().isPresent() ? "Pass" : "Unlock";
      case TIP -> "Tip";
      case ITEM -> "Digital good";
      case METERED -> "Metered";
    };
  }

  private static String name(PurchaseKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
