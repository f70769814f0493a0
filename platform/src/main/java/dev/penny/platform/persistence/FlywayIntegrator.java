package dev.penny.platform.persistence;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Migrates the schema with Flyway while Hibernate builds the session factory.
 *
 * <p>Payara builds the persistence unit before any application bean starts, so a start-up bean
 * would migrate too late; an {@link Integrator} runs inside the build, on the persistence unit's
 * own data source, before the first query.
 *
 * <p>It migrates only the modules the persistence unit names in {@value Migrations#PROPERTY}: a
 * unit that names none (the checkout zone's, with its own schema and user) gets nothing from here
 * even if this jar is on its class path.
 */
public class FlywayIntegrator implements Integrator {

  private static final Logger LOG = Logger.getLogger(FlywayIntegrator.class.getName());

  @Override
  public void integrate(
      Metadata metadata,
      BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    DataSource dataSource =
        sessionFactory
            .getServiceRegistry()
            .requireService(ConnectionProvider.class)
            .unwrap(DataSource.class);
    Object modules = sessionFactory.getProperties().getOrDefault(Migrations.PROPERTY, "");
    for (Migrations module : Migrations.named(String.valueOf(modules))) {
      var result = module.migrate(dataSource);
      LOG.info(
          () ->
              "Schema of "
                  + module.module()
                  + " at version "
                  + result.targetSchemaVersion
                  + " ("
                  + result.migrationsExecuted
                  + " migrations applied)");
    }
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory,
      org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {}
}
