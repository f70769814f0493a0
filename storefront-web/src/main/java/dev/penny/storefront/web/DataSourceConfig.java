package dev.penny.storefront.web;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's database, from MicroProfile Config ({@code penny.db.*}; the launcher sets them,
 * deployments use the {@code PENNY_DB_*} environment variables).
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
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data"
    })
@ApplicationScoped
public class DataSourceConfig {}
