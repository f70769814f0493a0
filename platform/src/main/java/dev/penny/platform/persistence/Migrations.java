package dev.penny.platform.persistence;

import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The one way Penny's schema changes: each module's Flyway scripts, in its own folder ({@code
 * db/<module>}) with its own history table, so that two modules' {@code V3__...} never collide and
 * each module's versions count on their own. A persistence unit lists the modules it migrates in
 * its property {@value #PROPERTY} (see {@link FlywayIntegrator}).
 *
 * <p>The platform keeps Flyway's default history table: databases made before the split already
 * record its V1 and V2 there.
 */
public record Migrations(String module, String location, String historyTable) {

  /** Persistence-unit property: the modules to migrate, comma-separated, in order. */
  public static final String PROPERTY = "penny.migrations";

  public static final Migrations PLATFORM =
      new Migrations("platform", "classpath:db/platform", "flyway_schema_history");

  public Migrations {
    if (!module.matches("[a-z]{2,20}")) {
      throw new IllegalArgumentException("Not a module name: " + module);
    }
  }

  /**
   * A module's migrations: scripts in {@code db/<module>}, history in {@code
   * flyway_history_<module>}.
   */
  public static Migrations of(String module) {
    String name = module.strip();
    if (name.equals(PLATFORM.module())) {
      return PLATFORM;
    }
    return new Migrations(name, "classpath:db/" + name, "flyway_history_" + name);
  }

  /** The modules a {@value #PROPERTY} value names; empty for none. */
  public static List<Migrations> named(String modules) {
    if (modules == null || modules.isBlank()) {
      return List.of();
    }
    return Arrays.stream(modules.split(",")).map(Migrations::of).toList();
  }

  public MigrateResult migrate(DataSource dataSource) {
    return Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations(location)
        .table(historyTable)
        .baselineOnMigrate(!this.equals(PLATFORM))
        .baselineVersion("0")
        .validateMigrationNaming(true)
        .cleanDisabled(true)
        .load()
        .migrate();
  }
}
