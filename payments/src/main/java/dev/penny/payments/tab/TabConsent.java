package dev.penny.payments.tab;

/**
 * The words a shopper agrees to when opening a tab, by version. A version's wording never changes
 * (it is stored with each tab too); new wording is a new version.
 */
public final class TabConsent {

  public static final String CURRENT_VERSION = "2026-12";

  private TabConsent() {}

  /** The consent wording for a currency's threshold and limit. */
  public static String wording(String threshold, String limit, String card) {
    return "I agree that Penny collects my purchases from any Penny store on one tab and charges"
        + " them together to my "
        + card
        + " when the tab reaches "
        + threshold
        + ", when its oldest purchase is 72 hours old, or when I choose to pay. A tab never"
        + " exceeds "
        + limit
        + ". Each charge is itemised in a receipt e-mail. I can pay my tab and close it at any"
        + " time.";
  }
}
