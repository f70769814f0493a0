package dev.penny.checkout.zone;

import jakarta.annotation.Resource;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Migrates the vault's schema (its own Flyway scripts in {@code db/vault}) when the zone starts,
 * before it serves a request. Hibernate does not check the schema at deploy (no hbm2ddl), so this
 * is early enough.
 */
@WebListener
public class VaultSchema implements ServletContextListener {

  @Resource(lookup = "java:app/jdbc/vault")
  DataSource dataSource;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    Flyway.configure(VaultSchema.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/vault")
        .table("flyway_history_vault")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .cleanDisabled(true)
        .load()
        .migrate();
  }
}
