package dev.penny.platform.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** The one way Penny's schema changes: the Flyway scripts under {@code db/migration}. */
public final class Migrations {

  public static final String LOCATION = "classpath:db/migration";

  private Migrations() {}

  public static MigrateResult migrate(DataSource dataSource) {
    return Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations(LOCATION)
        .validateMigrationNaming(true)
        .cleanDisabled(true)
        .load()
        .migrate();
  }
}
