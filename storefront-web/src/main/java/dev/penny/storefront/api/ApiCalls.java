package dev.penny.storefront.api;

import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletRequest;

/** What every resource of a store asks of a call: its store, and for some calls a key. */
final class ApiCalls {

  private ApiCalls() {}

  /** The store the path names, as the request filter bound it; another is not found. */
  static ActiveTenant store(TenantContext context, String slug) {
    return context
        .tenant()
        .filter(t -> t.slug().equals(slug))
        .orElseThrow(() -> new ApiRequestException(ErrorCode.STORE_NOT_FOUND, "No such store"));
  }

  /** Writes and private reads need a key of this store (the filter checked any key sent). */
  static void requireApiKey(HttpServletRequest request) {
    if (request.getAttribute(ApiKeyGate.ATTRIBUTE) == null) {
      String sent = request.getHeader("Authorization");
      if (sent != null && ApiKeyGate.isShopperCredential(sent)) {
        throw new ApiRequestException(
            ErrorCode.API_KEY_REQUIRED,
            "This call needs the store's API key ('Authorization: Bearer penny_...'); a shopper's"
                + " spending key or payment is not one");
      }
      throw new ApiRequestException(
          ErrorCode.API_KEY_REQUIRED, "This call needs an API key: 'Authorization: Bearer <key>'");
    }
  }
}
