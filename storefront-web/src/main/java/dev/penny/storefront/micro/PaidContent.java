package dev.penny.storefront.micro;

import dev.penny.money.Money;
import dev.penny.payments.ledger.LedgerRefusedException;
import dev.penny.payments.machine.MachinePayments;
import dev.penny.payments.machine.PaymentHeaders;
import dev.penny.payments.machine.PaymentProof;
import dev.penny.payments.machine.PaymentRequirement;
import dev.penny.payments.purchase.Sale;
import dev.penny.payments.spending.SpendingKey;
import dev.penny.payments.spending.SpendingKeyService;
import dev.penny.platform.catalog.ContentItem;
import dev.penny.platform.catalog.ContentService;
import dev.penny.platform.json.Jsonp;
import dev.penny.platform.problem.DomainException;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.Problem;
import dev.penny.platform.tenancy.ActiveTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Answers a request for a paid content item as a machine client sees it: 200 with the body for a
 * reader who holds it (or pays now), otherwise 402 with the payment requirements in every protocol
 * Penny speaks (see {@link PaymentHeaders}). Who reads is, in order: the payer of an x402 {@code
 * PAYMENT-SIGNATURE} or an {@code Authorization: Payment} credential; a crawler stating {@code
 * crawler-max-price} with its spending key; a spending key as {@code Authorization: Bearer}; the
 * signed-in shopper of a page. A {@code HEAD} request never pays: it is answered as the same
 * request without its payment (a link checker or a cache must not buy an article by looking).
 */
@ApplicationScoped
public class PaidContent {

  private final MachinePayments machine;
  private final SpendingKeyService keys;
  private final ContentService content;

  @Inject
  public PaidContent(MachinePayments machine, SpendingKeyService keys, ContentService content) {
    this.machine = machine;
    this.keys = keys;
    this.content = content;
  }

  protected PaidContent() {
    this(null, null, null);
  }

  public PaidContentAnswer answer(
      ActiveTenant store,
      long contentId,
      String resource,
      String method,
      Function<String, String> requestHeader,
      Optional<String> signedInShopper) {
    Function<String, String> header =
        method.equals("HEAD") ? withoutPayment(requestHeader) : requestHeader;
    Sale sale;
    try {
      sale = machine.saleOf(contentId);
    } catch (DomainException e) {
      return problem(e.errorCode(), e.getMessage());
    }
    PaidContentAnswer answer = answer(store, contentId, resource, header, signedInShopper, sale);
    boolean exact = header.apply("crawler-exact-price") != null;
    boolean crawler = exact || header.apply("crawler-max-price") != null;
    return crawler ? CrawlerErrors.tell(answer, exact) : answer;
  }

  private PaidContentAnswer answer(
      ActiveTenant store,
      long contentId,
      String resource,
      Function<String, String> header,
      Optional<String> signedInShopper,
      Sale sale) {
    try {
      String authorization = Optional.ofNullable(header.apply("Authorization")).orElse("");
      String signature = header.apply("PAYMENT-SIGNATURE");
      if (signature != null) {
        MachinePayments.Access access =
            machine.pay(store, sale, resource, PaymentProof.fromX402(signature));
        return granted(store, contentId, access, false);
      }
      if (authorization.regionMatches(true, 0, "Payment ", 0, 8)) {
        MachinePayments.Access access =
            machine.pay(
                store, sale, resource, PaymentProof.fromCredential(authorization.substring(8)));
        return granted(store, contentId, access, false);
      }
      Optional<String> bearer =
          authorization.regionMatches(true, 0, "Bearer ", 0, 7)
              ? Optional.of(authorization.substring(7).strip())
              : Optional.empty();
      String exactPrice = header.apply("crawler-exact-price");
      String maxPrice = Optional.ofNullable(header.apply("crawler-max-price")).orElse(exactPrice);
      if (exactPrice != null && header.apply("crawler-max-price") != null) {
        throw new dev.penny.platform.problem.InvalidInputException(
            ErrorCode.CONFLICTING_PRICE_HEADERS,
            java.util.List.of("Send crawler-max-price or crawler-exact-price, not both."));
      }
      if (maxPrice != null && bearer.isPresent()) {
        Money max = crawlerPrice(maxPrice);
        SpendingKey crawler = keys.authenticate(bearer.get());
        if (machine.holds(crawler.shopper(), contentId)) {
          // A crawler that holds the item reads it, whatever price it states: nothing is charged.
          return granted(
              store,
              contentId,
              new MachinePayments.Access(crawler.shopper(), Optional.empty()),
              true);
        }
        if (exactPrice != null && !max.equals(sale.price())) {
          throw new LedgerRefusedException(
              ErrorCode.PRICE_ABOVE_MAXIMUM, "crawler-exact-price differs from the price.");
        }
        return granted(store, contentId, machine.crawl(store, sale, bearer.get(), max), true);
      }
      if (bearer.isPresent()) {
        SpendingKey key = keys.authenticate(bearer.get());
        if (machine.holds(key.shopper(), contentId)) {
          return granted(
              store, contentId, new MachinePayments.Access(key.shopper(), Optional.empty()), false);
        }
      } else if (signedInShopper.isPresent() && machine.holds(signedInShopper.get(), contentId)) {
        return granted(
            store,
            contentId,
            new MachinePayments.Access(signedInShopper.get(), Optional.empty()),
            false);
      }
      return paymentRequired(
          store, sale, resource, ErrorCode.PAYMENT_REQUIRED, "This content is paid.");
    } catch (DomainException e) {
      if (askedToPayAgain(e)) {
        PaidContentAnswer again =
            paymentRequired(store, sale, resource, e.errorCode(), e.getMessage());
        return header.apply("PAYMENT-SIGNATURE") == null
            ? again
            : again.withHeader(
                "PAYMENT-RESPONSE",
                PaymentHeaders.x402Failure(
                    e.errorCode().code(), PaymentRequirement.Network.of(store.slug())));
      }
      return problem(e.errorCode(), e.getMessage());
    }
  }

  /**
   * A payment that failed (a key unknown, revoked, over its cap, another store's or in another
   * currency; a wallet too small, a tab at its limit or locked; a signature or nonce refused) is
   * answered 402 with a fresh challenge, as x402 and the IETF scheme expect of a failed payment:
   * its problem code says why. A malformed request (400), an item not found (404), a payment id
   * reused for another payment (409 {@code idempotency_conflict}) and a payment whose outcome is
   * not known (5xx: the same payment is to be sent again, never a new one) keep their own status.
   */
  private static boolean askedToPayAgain(DomainException e) {
    if (e.errorCode() == ErrorCode.CURRENCY_MISMATCH) {
      // A key that pays in another currency is a payment that failed, not a malformed request.
      return true;
    }
    return e.status() != 400
        && e.status() != 404
        && e.status() < 500
        && e.errorCode() != ErrorCode.IDEMPOTENCY_CONFLICT;
  }

  private PaidContentAnswer granted(
      ActiveTenant store, long contentId, MachinePayments.Access access, boolean crawler) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Cache-Control", "private, no-store");
    access
        .receipt()
        .ifPresent(
            r ->
                headers.putAll(
                    PaymentHeaders.receipt(
                        r,
                        PaymentRequirement.Network.of(store.slug()),
                        access.shopper(),
                        crawler)));
    JsonObject body =
        content
            .find(
                contentId,
                (ContentItem c) ->
                    Jsonp.JSON
                        .createObjectBuilder()
                        .add("id", c.id())
                        .add("title", c.title())
                        .add("teaser", c.teaser())
                        .add("body", c.body())
                        .add("published_at", c.publishedAt().toString())
                        .build())
            .orElseThrow();
    return new PaidContentAnswer(
        200, headers, "application/json", body.toString(), Optional.empty());
  }

  private PaidContentAnswer paymentRequired(
      ActiveTenant store, Sale sale, String resource, ErrorCode code, String detail) {
    PaymentRequirement requirement = machine.requirement(store, sale, resource);
    JsonObject required = PaymentHeaders.x402(requirement, detail);
    Problem problem = Problem.of(402, code, detail);
    JsonObject body =
        Jsonp.JSON
            .createObjectBuilder(
                Jsonp.JSON.createReader(new java.io.StringReader(problem.toJson())).readObject())
            .add("x402", required)
            .build();
    return new PaidContentAnswer(
        402,
        PaymentHeaders.challenge(requirement, required),
        Problem.MEDIA_TYPE,
        body.toString(),
        Optional.of(code));
  }

  private static PaidContentAnswer problem(ErrorCode code, String detail) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Cache-Control", "no-store");
    return new PaidContentAnswer(
        code.status(),
        headers,
        Problem.MEDIA_TYPE,
        Problem.of(code, detail).toJson(),
        Optional.of(code));
  }

  /** The request's headers less those that pay (a spending key as Bearer still reads). */
  private static Function<String, String> withoutPayment(Function<String, String> header) {
    return name -> {
      String lower = name.toLowerCase(java.util.Locale.ROOT);
      if (lower.equals("payment-signature")
          || lower.equals("crawler-max-price")
          || lower.equals("crawler-exact-price")) {
        return null;
      }
      String value = header.apply(name);
      if (lower.equals("authorization")
          && value != null
          && value.regionMatches(true, 0, "Payment ", 0, 8)) {
        return null;
      }
      return value;
    };
  }

  /** {@code USD 0.25} as Cloudflare writes prices. */
  static Money crawlerPrice(String value) {
    String[] parts = value.strip().split(" ");
    try {
      if (parts.length != 2
          || !parts[0].matches("[A-Z]{3}")
          || !parts[1].matches("[0-9]{1,12}(\\.[0-9]{1,6})?")) {
        throw new IllegalArgumentException();
      }
      return Money.parse(parts[1], parts[0]);
    } catch (RuntimeException e) {
      throw new dev.penny.platform.problem.InvalidInputException(
          ErrorCode.INVALID_AMOUNT, java.util.List.of("A crawler price is like 'USD 0.25'."));
    }
  }
}
