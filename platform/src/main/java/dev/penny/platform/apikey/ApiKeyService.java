package dev.penny.platform.apikey;

import dev.penny.platform.input.InputChecks;
import dev.penny.platform.problem.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Creates, lists and revokes the current store's API keys. Secrets exist only in the reply. */
@ApplicationScoped
public class ApiKeyService {

  private final ApiKeyRepository keys;
  private final Clock clock;

  @Inject
  public ApiKeyService(ApiKeyRepository keys, Clock clock) {
    this.keys = keys;
    this.clock = clock;
  }

  protected ApiKeyService() {
    this(null, null);
  }

  /** A key as the admin lists it: never the secret, only its public prefix. */
  public record KeyRow(
      long id,
      String name,
      String prefix,
      String createdBy,
      Instant createdAt,
      Optional<Instant> revokedAt) {}

  @Transactional
  public List<KeyRow> list() {
    return keys.all().stream()
        .map(
            k ->
                new KeyRow(
                    k.id(),
                    k.name(),
                    "penny_" + k.lookupId() + "_…",
                    k.createdBy(),
                    k.createdAt(),
                    k.revokedAt()))
        .toList();
  }

  /** Returns the secret: the caller shows it once and forgets it. */
  @Transactional
  public ApiKeySecret create(String typedName, String createdBy) {
    InputChecks checks = new InputChecks();
    String name = checks.text(typedName, "The key's name", 80);
    checks.orThrow(ErrorCode.INVALID_INPUT);
    ApiKeySecret secret = ApiKeySecret.generate();
    keys.add(new ApiKey(secret, name, createdBy, clock.instant()));
    return secret;
  }

  /** False if the store has no such key. Revoking a revoked key changes nothing. */
  @Transactional
  public boolean revoke(long id) {
    Optional<ApiKey> key = keys.find(id);
    key.ifPresent(k -> k.revoke(clock.instant()));
    return key.isPresent();
  }
}
