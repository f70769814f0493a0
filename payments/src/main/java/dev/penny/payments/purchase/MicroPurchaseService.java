package dev.penny.payments.purchase;

import dev.penny.money.Money;
import dev.penny.payments.Requests;
import dev.penny.payments.ledger.AccountRef;
import dev.penny.payments.ledger.LedgerAccounts;
import dev.penny.payments.ledger.LedgerRefusedException;
import dev.penny.payments.ledger.LedgerWriter;
import dev.penny.payments.ledger.NaiveLedger;
import dev.penny.payments.ledger.Posted;
import dev.penny.payments.ledger.Posting;
import dev.penny.payments.ledger.PurchaseRecord;
import dev.penny.payments.ledger.TransferKind;
import dev.penny.payments.tab.TabService;
import dev.penny.payments.wallet.WalletService;
import dev.penny.platform.catalog.ContentItem;
import dev.penny.platform.catalog.ContentService;
import dev.penny.platform.catalog.Inventory;
import dev.penny.platform.catalog.SaleItem;
import dev.penny.platform.idempotency.IdempotencyKeys;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.InvalidInputException;
import dev.penny.platform.problem.ItemNotFoundException;
import dev.penny.platform.tenancy.ActiveTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Sells in one click: checks the sale (a positive price in the store's currency, not absurd; a tip
 * from 0.01 with a short note; an unlock of an active content item), takes the wallet or the tab,
 * and posts one transfer to the store's account with the store's record of the sale beside it.
 * Every purchase carries its buyer's idempotency key: the same key again answers with the first
 * receipt and moves nothing; the same key for another purchase is refused.
 */
@ApplicationScoped
public class MicroPurchaseService {

  /** The most one micro-purchase may cost: above it, a sale belongs at the checkout. */
  public static final long MAX_PRICE_MICROS =
      dev.penny.platform.catalog.ContentInput.MAX_UNLOCK_PRICE_MICROS;

  public static final long MIN_TIP_MICROS = 10_000L;
  public static final int MAX_NOTE_LENGTH = 280;

  private final LedgerWriter writer;
  private final NaiveLedger naive;
  private final LedgerAccounts accounts;
  private final WalletService wallets;
  private final TabService tabs;
  private final ContentService content;
  private final Inventory inventory;
  private final Purchases purchases;
  private final Clock clock;

  @Inject
  public MicroPurchaseService(
      LedgerWriter writer,
      LedgerAccounts accounts,
      WalletService wallets,
      TabService tabs,
      ContentService content,
      Purchases purchases,
      Clock clock,
      NaiveLedger naive,
      Inventory inventory) {
    this.writer = writer;
    this.inventory = inventory;
    this.naive = naive;
    this.accounts = accounts;
    this.wallets = wallets;
    this.tabs = tabs;
    this.content = content;
    this.purchases = purchases;
    this.clock = clock;
  }

  protected MicroPurchaseService() {
    this(null, null, null, null, null, null, null, null, null);
  }

  /** What an unlock costs and how long it lasts: the content item as it is sold. */
  public Sale unlockOf(long contentId) {
    return content
        .find(
            contentId,
            (ContentItem c) ->
                c.isArchived()
                    ? null
                    : Sale.unlock(c.id(), c.title(), c.unlockPrice(), c.timePass()))
        .orElseThrow(
            () -> new ItemNotFoundException(ErrorCode.CONTENT_NOT_FOUND, "No such content item"));
  }

  /**
   * A small digital good with one click: a variant of one of the store's digital products, on sale,
   * at its price (at most {@link #MAX_PRICE_MICROS}). Physical goods go through the cart. A digital
   * good may be bought again; the form's key stops a double click charging twice.
   */
  public Receipt buyItem(ActiveTenant store, long variantId, Payer payer, String key) {
    return buyItem(store, variantId, payer, key, Optional.empty());
  }

  /**
   * Buys a small digital good at the price the shopper was shown ({@code shown}, when the page sent
   * it): a price changed since is refused ({@code price_changed}) and nothing is charged.
   */
  public Receipt buyItem(
      ActiveTenant store, long variantId, Payer payer, String key, Optional<Money> shown) {
    SaleItem item = inventory.items(List.of(variantId)).get(variantId);
    if (item == null || !item.active() || item.physical()) {
      throw new ItemNotFoundException(ErrorCode.PRODUCT_NOT_FOUND, "No such product");
    }
    String title =
        item.variantName().isBlank() || item.variantName().equals(item.productName())
            ? item.productName()
            : item.productName() + " (" + item.variantName() + ")";
    Sale sale = Sale.item(variantId, title, item.price());
    requireShownPrice(sale, shown);
    return buy(store, sale, payer, key);
  }

  public Receipt unlock(ActiveTenant store, long contentId, Payer payer, String key) {
    return unlock(store, contentId, payer, key, Optional.empty());
  }

  /**
   * Unlocks at the price the shopper was shown ({@code shown}, when the page sent it): a price
   * changed since is refused ({@code price_changed}) and nothing is charged.
   */
  public Receipt unlock(
      ActiveTenant store, long contentId, Payer payer, String key, Optional<Money> shown) {
    Sale sale = unlockOf(contentId);
    requireShownPrice(sale, shown);
    return buy(store, sale, payer, key);
  }

  /** A one-click button charges what it said: never a price the merchant set after it was shown. */
  private static void requireShownPrice(Sale sale, Optional<Money> shown) {
    if (shown.isPresent() && !shown.get().equals(sale.price())) {
      throw new InvalidInputException(
          ErrorCode.PRICE_CHANGED,
          List.of(
              "The price is now "
                  + sale.price().toPlainString()
                  + " (the page said "
                  + shown.get().toPlainString()
                  + "): nothing was charged."));
    }
  }

  /** A tip: from 0.01, in the store's currency, with an optional note for the merchant. */
  public Receipt tip(
      ActiveTenant store,
      Money amount,
      Optional<String> note,
      OptionalLong contentId,
      Payer payer,
      String key) {
    if (amount.micros() < MIN_TIP_MICROS) {
      throw new InvalidInputException(ErrorCode.INVALID_AMOUNT, List.of("A tip is at least 0.01."));
    }
    if (contentId.isPresent()) {
      // A tip for an item names one of this store's (the look-up is the store's own).
      content
          .find(contentId.getAsLong(), (ContentItem c) -> c.isArchived() ? null : c.id())
          .orElseThrow(
              () -> new ItemNotFoundException(ErrorCode.CONTENT_NOT_FOUND, "No such content item"));
    }
    return buy(store, Sale.tip(amount, cleanNote(note), contentId), payer, key);
  }

  public Receipt buy(ActiveTenant store, Sale sale, Payer payer, String key) {
    return sell(store, sale, payer, "buy:" + payer.shopper() + ":" + ledgerKey(key), writer::post);
  }

  /**
   * The store charges a shopper's metered usage with its own API key: the store's {@code key} names
   * one charge of the store's, whichever shopper it was for (a repeat for another shopper is a
   * conflict, not a second charge).
   */
  public Receipt chargeForStore(ActiveTenant store, Sale sale, Payer payer, String key) {
    return sell(
        store, sale, payer, "store-charge:" + store.id() + ":" + ledgerKey(key), writer::post);
  }

  /**
   * The same sale posted the naive way, one transaction per charge ({@link NaiveLedger}): for the
   * benchmark's comparison only.
   */
  public Receipt buyNaively(ActiveTenant store, Sale sale, Payer payer, String key) {
    return sell(store, sale, payer, "buy:" + payer.shopper() + ":" + ledgerKey(key), naive::post);
  }

  private Receipt sell(
      ActiveTenant store,
      Sale sale,
      Payer payer,
      String ledgerKey,
      java.util.function.Function<Posting, Posted> ledger) {
    Money price = checkPrice(store, sale.price());
    long debit =
        payer.funding() == Funding.WALLET
            ? wallets.accountOf(payer.shopper(), price.currency())
            : tabs.accountOf(payer.shopper(), price.currency());
    long credit =
        accounts.open(AccountRef.store(store.id(), price.currency()), OptionalLong.empty());
    Optional<Instant> expires = sale.pass().map(p -> clock.instant().plus(p));
    PurchaseRecord record =
        new PurchaseRecord(
            store.id(),
            payer.shopper(),
            sale.kind().name(),
            sale.itemId(),
            sale.title(),
            sale.note(),
            payer.funding().name(),
            payer.channel().name(),
            sale.kind() == PurchaseKind.UNLOCK,
            expires);
    Posting posting =
        new Posting(
            ledgerKey,
            Requests.fingerprint(
                store.id(),
                debit,
                sale.kind(),
                sale.itemId(),
                // A metered call's meter is what it bought (an item's title may change between
                // a request and its repeat, and the item's id says what it is).
                sale.kind() == PurchaseKind.METERED ? sale.title() : "",
                price,
                sale.note().orElse(""),
                payer.funding(),
                payer.nonce().orElse("")),
            TransferKind.PURCHASE,
            debit,
            credit,
            price,
            OptionalLong.of(store.id()),
            sale.title(),
            OptionalLong.empty(),
            payer.nonce(),
            Optional.of(record),
            payer.spend());
    Posted posted = ledger.apply(posting);
    if (!posted.replayed()) {
      dev.penny.payments.PaymentCounters.microCharge();
    }
    // A repeat answers as the first did: what was bought then, and when its pass ends.
    Optional<MicroPurchase> first =
        posted.replayed() ? purchases.find(posted.transferId()) : Optional.empty();
    Optional<Instant> expiresAt =
        posted.replayed() ? first.flatMap(MicroPurchase::expiresAt) : expires;
    return new Receipt(
        posted.transferId(),
        sale.kind(),
        first.map(MicroPurchase::itemTitle).orElse(sale.title()),
        price,
        payer.funding(),
        posted.at(),
        expiresAt,
        posted.replayed());
  }

  /**
   * The client's key as the ledger keeps it: as it is when short, else its SHA-256 (a key may be
   * 255 characters and the ledger's key column holds the shopper and the channel too).
   */
  private static String ledgerKey(String key) {
    return key.length() <= 120 ? key : "sha256:" + IdempotencyKeys.hash(key);
  }

  /**
   * Takes back a purchase still on an open tab (the store's own, by its API key or admin): the tab
   * owes it no more and what it unlocked ends. Voiding it again answers the same.
   */
  public Receipt voidOnTab(ActiveTenant store, long purchaseId) {
    MicroPurchase purchase =
        purchases
            .find(purchaseId)
            .orElseThrow(
                () -> new ItemNotFoundException(ErrorCode.PURCHASE_NOT_FOUND, "No such purchase"));
    if (purchase.funding() != Funding.TAB) {
      throw new LedgerRefusedException(ErrorCode.PURCHASE_NOT_VOIDABLE);
    }
    Money amount = purchase.amount();
    long tab = tabs.accountOf(purchase.shopper(), amount.currency());
    long storeAccount =
        accounts.open(AccountRef.store(store.id(), amount.currency()), OptionalLong.empty());
    Posted posted =
        writer.post(
            new Posting(
                "void:" + store.id() + ":" + purchaseId,
                Requests.fingerprint("void", store.id(), purchaseId),
                TransferKind.VOID,
                storeAccount,
                tab,
                amount,
                OptionalLong.of(store.id()),
                "Void: " + purchase.itemTitle(),
                OptionalLong.of(purchaseId),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
    return new Receipt(
        posted.transferId(),
        purchase.kind(),
        purchase.itemTitle(),
        amount,
        Funding.TAB,
        posted.at(),
        Optional.empty(),
        posted.replayed());
  }

  private static Money checkPrice(ActiveTenant store, Money price) {
    if (!price.currency().equals(store.currency())) {
      throw new InvalidInputException(
          ErrorCode.CURRENCY_MISMATCH,
          List.of("This store sells in " + store.currency().getCurrencyCode() + "."));
    }
    if (!price.isPositive() || price.micros() > MAX_PRICE_MICROS) {
      throw new InvalidInputException(
          ErrorCode.INVALID_AMOUNT,
          List.of("A micro-purchase costs more than zero and at most 100.00."));
    }
    return price;
  }

  private static Optional<String> cleanNote(Optional<String> note) {
    Optional<String> text =
        note.map(
                // Controls become spaces; direction overrides (U+202E ...) go: a note shown in
                // the merchant's list cannot turn the text after it around.
                n ->
                    n.replaceAll("\\p{Cc}", " ")
                        .replaceAll("[\\u202A-\\u202E\\u2066-\\u2069]", "")
                        .strip())
            .filter(n -> !n.isEmpty());
    if (text.isPresent() && text.get().codePointCount(0, text.get().length()) > MAX_NOTE_LENGTH) {
      throw new InvalidInputException(
          ErrorCode.INVALID_INPUT, List.of("A tip's note is at most 280 characters."));
    }
    return text;
  }
}
