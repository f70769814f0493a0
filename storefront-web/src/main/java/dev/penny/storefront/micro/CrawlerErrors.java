package dev.penny.storefront.micro;

import dev.penny.platform.problem.ErrorCode;

/**
 * Cloudflare's pay per crawl names why a crawler's request was refused in a {@code crawler-error}
 * header: a crawler that sent a price is told so beside Penny's own problem code.
 */
final class CrawlerErrors {

  private CrawlerErrors() {}

  /** The answer to a crawler's request, with {@code crawler-error} when it was refused. */
  static PaidContentAnswer tell(PaidContentAnswer answer) {
    return answer
        .refusal()
        .filter(code -> code != ErrorCode.CONTENT_NOT_FOUND)
        .map(code -> answer.withHeader("crawler-error", of(code)))
        .orElse(answer);
  }

  static String of(ErrorCode code) {
    return switch (code) {
      case CONFLICTING_PRICE_HEADERS -> "ConflictingPriceHeaders";
      case INVALID_AMOUNT -> "InvalidCrawlerPriceValue";
      case PRICE_NOT_EXACT -> "InvalidCrawlerExactPrice";
      case PRICE_ABOVE_MAXIMUM -> "InvalidCrawlerMaxPrice";
        // A price without a spending key to pay it with.
      case PAYMENT_REQUIRED -> "StrongAuthRequired";
      default -> "PaymentFailed";
    };
  }
}
