package dev.penny.storefront.api;

import dev.penny.platform.apikey.ApiKeyRepository;
import dev.penny.platform.apikey.ApiKeySecret;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.tenancy.ActiveTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Checks the {@code Authorization: Bearer <key>} of an API request against the store the request
 * addresses. A key is accepted only for its own store, only while it is not revoked; the store
 * being open is checked before (a suspended store's keys stop working with it).
 */
@ApplicationScoped
public class ApiKeyGate {

  /** Request attribute holding the lookup id of the key that authenticated the request. */
  public static final String ATTRIBUTE = "penny.api-key";

  private final ApiKeyRepository keys;

  @Inject
  public ApiKeyGate(ApiKeyRepository keys) {
    this.keys = keys;
  }

  protected ApiKeyGate() {
    this(null);
  }

  /** The outcome: no key given, a key accepted, or a refusal with its problem code. */
  public sealed interface Outcome {
    record NoKey() implements Outcome {}

    record Accepted(String lookupId) implements Outcome {}

    record Refused(ErrorCode code, String detail) implements Outcome {}
  }

  public Outcome check(String authorization, ActiveTenant store) {
    if (authorization == null || isShopperCredential(authorization)) {
      return new Outcome.NoKey();
    }
    if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return new Outcome.Refused(
          ErrorCode.INVALID_API_KEY, "Send an API key as 'Authorization: Bearer <key>'");
    }
    Optional<ApiKeySecret> secret = ApiKeySecret.parse(authorization.substring(7).strip());
    if (secret.isEmpty()) {
      return new Outcome.Refused(ErrorCode.INVALID_API_KEY, "This is not a Penny API key");
    }
    Optional<ApiKeyRepository.KeyRecord> key =
        keys.findByLookupIdAcrossTenants(secret.get().lookupId());
    if (key.isEmpty() || !secret.get().matches(key.get().secretHash())) {
      return new Outcome.Refused(ErrorCode.INVALID_API_KEY, "Unknown API key");
    }
    if (key.get().revoked()) {
      return new Outcome.Refused(ErrorCode.API_KEY_REVOKED, "This API key has been revoked");
    }
    if (key.get().tenantId() != store.id()) {
      return new Outcome.Refused(
          ErrorCode.API_KEY_OTHER_STORE, "This API key belongs to another store");
    }
    return new Outcome.Accepted(secret.get().lookupId());
  }

  /**
   * A shopper's spending key ({@code Bearer sks_...}) or an HTTP 402 payment ({@code Payment ...}):
   * not a store's key; the resources that accept them check them.
   */
  static boolean isShopperCredential(String authorization) {
    String scheme = authorization.strip();
    return scheme.equalsIgnoreCase("Payment")
        || scheme.regionMatches(true, 0, "Payment ", 0, 8)
        || scheme.regionMatches(true, 0, "Bearer sks_", 0, 11);
  }
}
