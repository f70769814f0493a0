package dev.penny.storefront.micro;

import dev.penny.platform.problem.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;

/**
 * What a store page says after a one-click action: the action's redirect carries a code ({@code
 * ?notice=unlocked}, {@code ?problem=insufficient_funds}), and the page shows the sentence for it.
 * An unknown code shows nothing, so an address cannot put words on Penny's page.
 */
@Named("microMessages")
@ApplicationScoped
public class MicroMessages {

  private static final Map<String, String> NOTICES =
      Map.ofEntries(
          Map.entry("unlocked", "Unlocked: enjoy the read."),
          Map.entry("tipped", "Thank you: your tip was sent."),
          Map.entry("bought", "Bought: it is in your purchases on the wallet page."),
          Map.entry("pay-with-changed", "Saved: one-click purchases now use this choice."),
          Map.entry("topped-up", "Your wallet was topped up."),
          Map.entry(
              "top-up-pending",
              "Your card payment's outcome is not known yet; the wallet is credited once it is."),
          Map.entry(
              "tab-opened",
              "Your tab is open: purchases go on it until it is charged to your card."),
          Map.entry(
              "tab-card-changed", "Your tab is charged to this card from its next charge on."),
          Map.entry(
              "tab-paid", "Your tab was paid: the receipt is on its way and your tab is open."),
          Map.entry(
              "tab-reopened",
              "Your tab owes less than a card can be charged, so it is open again; what it owes"
                  + " stays on it and is charged with its next purchases."),
          Map.entry(
              "tab-closed", "Your tab is closed: nothing more goes on it until you open it again."),
          Map.entry(
              "tab-closed-paid",
              "Your tab was paid and closed: the receipt is on its way. Nothing more goes on it"
                  + " until you open it again."),
          Map.entry(
              "tab-closed-paid-rest",
              "Your tab was paid and closed: the receipt is on its way. Less than a cent of it"
                  + " stays on the tab, as a card is charged in whole cents."),
          Map.entry(
              "tab-closed-owing",
              "Your tab is closed. What it owes is less than a card can be charged (or a charge of"
                  + " it is under way already); it stays on the tab until it can be charged."),
          Map.entry(
              "tab-closed-declined",
              "Your tab is closed, but your card declined what it owes: pay it with another card"
                  + " below."),
          Map.entry(
              "tab-closed-pending",
              "Your tab is closed; your card payment's outcome is not known yet, and your tab is"
                  + " settled once it is."),
          Map.entry(
              "tab-pay-pending",
              "Your card payment's outcome is not known yet; your tab is settled once it is."),
          Map.entry(
              "tab-card-page",
              "Enter your card below to pay your tab; it goes straight to Penny Checkout."),
          Map.entry("tab-card-paid", "Paid with your card, thank you: the receipt is on its way."),
          Map.entry(
              "tab-pay-cancelled",
              "Nothing was charged: what your tab owes stays on it until it is paid."),
          Map.entry(
              "key-created", "Spending key created: copy its secret now, it is shown only once."),
          Map.entry("key-revoked", "Spending key revoked."));

  private static final Map<String, String> PROBLEMS =
      Map.ofEntries(
          Map.entry(
              ErrorCode.INSUFFICIENT_FUNDS.code(),
              "Your wallet does not hold enough: top it up, or pay with your tab if it is open."),
          Map.entry(
              ErrorCode.TAB_LIMIT_REACHED.code(),
              "Your tab has reached its limit: pay it or use your wallet."),
          Map.entry(
              ErrorCode.TAB_LOCKED.code(),
              "Your tab is locked until it is paid; your wallet still works."),
          Map.entry(ErrorCode.TAB_NOT_OPEN.code(), "Open a tab first, or pay with your wallet."),
          Map.entry(
              ErrorCode.TAB_CLOSED.code(),
              "Your tab is closed: open it again on the wallet page, or pay with your wallet."),
          Map.entry(ErrorCode.CONSENT_REQUIRED.code(), "Tick the box to agree to the tab's terms."),
          Map.entry(
              ErrorCode.NO_SAVED_CARD.code(),
              "Save a card first (tick \"Save this card\" when paying an order)."),
          Map.entry(ErrorCode.ALREADY_OWNED.code(), "You already have this: nothing was charged."),
          Map.entry(
              ErrorCode.PRICE_CHANGED.code(),
              "The price changed since this page was shown: nothing was charged. The page now"
                  + " shows the new price."),
          Map.entry(ErrorCode.CARD_DECLINED.code(), "Your card was declined: nothing was added."),
          Map.entry(
              ErrorCode.TAB_CHARGE_UNDER_WAY.code(),
              "A charge of your tab is already under way: its outcome shows here shortly."),
          Map.entry(
              ErrorCode.NOTHING_TO_PAY.code(),
              "There is nothing on your tab a card can be charged yet (the least is 0.50)."),
          Map.entry(
              ErrorCode.INVALID_AMOUNT.code(),
              "That amount cannot be taken: enter one within the range shown beside the field,"
                  + " with a dot for decimals (such as 12.50)."),
          Map.entry(
              ErrorCode.INVALID_INPUT.code(),
              "Something in the form was not valid; nothing was charged."),
          Map.entry(
              ErrorCode.IDEMPOTENCY_KEY_REQUIRED.code(),
              "The form expired: reload the page and try again."),
          Map.entry(
              ErrorCode.IDEMPOTENCY_CONFLICT.code(),
              "The form was already used: reload the page and try again."),
          Map.entry(ErrorCode.CONTENT_NOT_FOUND.code(), "That article is not for sale here."),
          Map.entry(
              ErrorCode.PAYMENT_UNAVAILABLE.code(),
              "Card payments are unavailable right now: nothing was charged; please try again."),
          Map.entry(
              ErrorCode.PRODUCT_NOT_FOUND.code(), "That is not for sale here with one click."),
          Map.entry(
              ErrorCode.CURRENCY_MISMATCH.code(), "That amount is not in this store's currency."),
          Map.entry(ErrorCode.SPENDING_KEY_NOT_FOUND.code(), "No such spending key."));

  public String notice(String code) {
    return code == null ? "" : NOTICES.getOrDefault(code, "");
  }

  public String problem(String code) {
    if (code == null || code.isEmpty()) {
      return "";
    }
    return PROBLEMS.getOrDefault(code, "That could not be done; nothing was charged.");
  }
}
