package dev.penny.storefront.micro;

import dev.penny.platform.problem.ErrorCode;

/**
 * Cloudflare's pay per crawl names why a crawler's request was refused in a {@code crawler-error}
 * header: a crawler that sent a price is told so beside Penny's own problem code.
 */
final class CrawlerErrors {

  private CrawlerErrors() {}

  /**
   * The answer to a crawler's request, with {@code crawler-error} when it was refused; {@code
   * exact}: the crawler named the exact price ({@code crawler-exact-price}) rather than its most.
   */
  static PaidContentAnswer tell(PaidContentAnswer answer, boolean exact) {
    return answer
        .refusal()
        .filter(code -> code != ErrorCode.CONTENT_NOT_FOUND)
        .map(code -> answer.withHeader("crawler-error", of(code, exact)))
        .orElse(answer);
  }

  static String of(ErrorCode code, boolean exact) {
    return switch (code) {
      case CONFLICTING_PRICE_HEADERS -> "ConflictingPriceHeaders";
      case INVALID_AMOUNT -> "InvalidCrawlerPriceValue";
      case PRICE_ABOVE_MAXIMUM -> exact ? "InvalidCrawlerExactPrice" : "InvalidCrawlerMaxPrice";
        // A price without a spending key to pay it with.
      case PAYMENT_REQUIRED -> "StrongAuthRequired";
      default -> "PaymentFailed";
    };
  }
}
