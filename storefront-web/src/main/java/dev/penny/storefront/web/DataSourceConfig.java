package dev.penny.storefront.web;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's database, from MicroProfile Config ({@code penny.db.*}; the launcher sets them,
 * deployments use the {@code PENNY_DB_*} environment variables).
 *
 * <p>Transactions read committed data: a transaction that waited for a row lock (a cart, an order)
 * then sees what the transaction before it committed, and searches take no gap locks, so shoppers
 * making new carts at once do not deadlock on each other's inserts (InnoDB's default, repeatable
 * read, did both: found by CartIT and the checkout benchmark).
 */
@DataSourceDefinition(
    name = "java:app/jdbc/penny",
    className = "com.mysql.cj.jdbc.MysqlDataSource",
    url = "${MPCONFIG=penny.db.url}",
    user = "${MPCONFIG=penny.db.user}",
    password = "${MPCONFIG=penny.db.password}",
    initialPoolSize = 4,
    minPoolSize = 4,
    maxPoolSize = 32,
    isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "cachePrepStmts=true",
      "prepStmtCacheSize=500",
      "prepStmtCacheSqlLimit=65536",
      "useLocalSessionState=true",
      "elideSetAutoCommits=true",
      "cacheServerConfiguration=true",
      "cacheResultSetMetadata=true",
      "maintainTimeStats=false",
      "rewriteBatchedStatements=true"
    })
@ApplicationScoped
public class DataSourceConfig {}
