package dev.penny.platform.persistence;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * Adds {@code fulltext_match(a, b, query)} to HQL: MariaDB's {@code MATCH (a, b) AGAINST (query IN
 * BOOLEAN MODE)}, the relevance of a row for a boolean full-text query (0 when it does not match).
 * The two columns must be covered by one FULLTEXT index. Queries keep Hibernate's tenant filter, so
 * a search never leaves its store.
 */
public final class FullTextFunctions implements FunctionContributor {

  @Override
  public void contributeFunctions(FunctionContributions contributions) {
    contributions
        .getFunctionRegistry()
        .registerPattern(
            "fulltext_match",
            "match (?1, ?2) against (?3 in boolean mode)",
            contributions
                .getTypeConfiguration()
                .getBasicTypeRegistry()
                .resolve(StandardBasicTypes.DOUBLE));
  }
}
