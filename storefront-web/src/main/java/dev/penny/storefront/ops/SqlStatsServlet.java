package dev.penny.storefront.ops;

import dev.penny.storefront.servlet.DeclaredMethodsServlet;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * How many SQL statements the application has prepared so far, for the benchmark's "statements per
 * page". Off unless {@code penny.ops.stats-endpoint=true} (and Hibernate statistics on): it is an
 * operator's tool, not part of the API.
 */
@WebServlet("/ops/sql-stats")
public class SqlStatsServlet extends DeclaredMethodsServlet {

  private static final long serialVersionUID = 1L;

  @PersistenceUnit(unitName = "penny")
  private EntityManagerFactory emf;

  @Inject
  @ConfigProperty(name = "penny.ops.stats-endpoint", defaultValue = "false")
  boolean enabled;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
    if (!enabled || !statistics.isStatisticsEnabled()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/json");
    response
        .getWriter()
        .write(
            "{\"prepared_statements\":"
                + statistics.getPrepareStatementCount()
                + ",\"queries\":"
                + statistics.getQueryExecutionCount()
                + "}");
  }
}
