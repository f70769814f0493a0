package dev.penny.storefront.web;

import dev.penny.platform.apikey.ApiKeyRepository;
import dev.penny.platform.apikey.ApiKeySecret;
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

  /** The outcome: no key given, a key accepted, or a refusal with status and problem code. */
  public sealed interface Outcome {
    record NoKey() implements Outcome {}

    record Accepted(String lookupId) implements Outcome {}

    record Refused(int status, String code, String detail) implements Outcome {}
  }

  public Outcome check(String authorization, ActiveTenant store) {
    if (authorization == null) {
      return new Outcome.NoKey();
    }
    if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return new Outcome.Refused(
          401, "invalid_api_key", "Send an API key as 'Authorization: Bearer <key>'");
    }
    Optional<ApiKeySecret> secret = ApiKeySecret.parse(authorization.substring(7).strip());
    if (secret.isEmpty()) {
      return new Outcome.Refused(401, "invalid_api_key", "This is not a Penny API key");
    }
    Optional<ApiKeyRepository.KeyRecord> key =
        keys.findByLookupIdAcrossStores(secret.get().lookupId());
    if (key.isEmpty() || !secret.get().matches(key.get().secretHash())) {
      return new Outcome.Refused(401, "invalid_api_key", "Unknown API key");
    }
    if (key.get().revoked()) {
      return new Outcome.Refused(401, "api_key_revoked", "This API key has been revoked");
    }
    if (key.get().tenantId() != store.id()) {
      return new Outcome.Refused(
          403, "api_key_other_store", "This API key belongs to another store");
    }
    return new Outcome.Accepted(secret.get().lookupId());
  }
}
