package dev.penny.platform.apikey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** The current store's API keys, and the one cross-store lookup an API request needs. */
@ApplicationScoped
public class ApiKeyRepository {

  private final EntityManager em;

  @Inject
  public ApiKeyRepository(EntityManager em) {
    this.em = em;
  }

  /** For CDI's proxy only. */
  protected ApiKeyRepository() {
    this.em = null;
  }

  public List<ApiKey> all() {
    return em.createQuery(
            "select k from ApiKey k order by k.createdAt desc, k.id desc", ApiKey.class)
        .getResultList();
  }

  public Optional<ApiKey> find(long id) {
    return em
        .createQuery("select k from ApiKey k where k.id = :id", ApiKey.class)
        .setParameter("id", id)
        .getResultList()
        .stream()
        .findFirst();
  }

  public ApiKey add(ApiKey key) {
    em.persist(key);
    return key;
  }

  /**
   * The store and state of the key with this lookup id, across all stores: a request with a key has
   * no store bound yet, the key decides it. The one native query in Penny that reads a tenant-owned
   * table without Hibernate's tenant filter, and it returns no store data.
   */
  public Optional<KeyRecord> findByLookupIdAcrossTenants(String lookupId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT tenant_id, secret_hash, revoked_at IS NOT NULL FROM api_key"
                    + " WHERE lookup_id = ?1")
            .setParameter(1, lookupId)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(
        new KeyRecord(((Number) row[0]).longValue(), (String) row[1], isTrue(row[2])));
  }

  private static boolean isTrue(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return value instanceof Number n && n.intValue() != 0;
  }

  /** What authentication needs of a key. */
  public record KeyRecord(long tenantId, String secretHash, boolean revoked) {}
}
