package dev.penny.storefront.health;

import dev.penny.platform.cluster.Cluster;
import dev.penny.storefront.servlet.DeclaredMethodsServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /health}, {@code /health/live} and {@code /health/ready} in MicroProfile Health's JSON
 * ({@code {"status":"UP","checks":[...]}}, 503 when down), served by the war so that they answer on
 * every host name a store is served at and carry the same headers as every page. Payara's own
 * health endpoint is switched off by the launcher. Live: the server answers. Ready: the database
 * answers too. Both say where the server stands in the cluster (how many servers it sees, whether
 * it leads the scheduled work): a server that could not join works alone, still UP, and says so
 * ({@code "alone": true} while clustering is on).
 */
@WebServlet({"/health", "/health/live", "/health/ready"})
public class HealthServlet extends DeclaredMethodsServlet {

  private static final long serialVersionUID = 1L;

  @Inject DatabaseReadiness database;
  @Inject Cluster cluster;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean live = request.getServletPath().equals("/health/live");
    String checks = clusterCheck();
    boolean up = true;
    if (!live) {
      up = database.answers();
      checks = "{\"name\":\"database\",\"status\":\"" + (up ? "UP" : "DOWN") + "\"}," + checks;
    }
    response.setStatus(up ? 200 : 503);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response
        .getWriter()
        .write("{\"status\":\"" + (up ? "UP" : "DOWN") + "\",\"checks\":[" + checks + "]}");
  }

  private String clusterCheck() {
    int servers = cluster.size();
    return "{\"name\":\"cluster\",\"status\":\"UP\",\"data\":{\"clustered\":"
        + cluster.clustered()
        + ",\"servers\":"
        + servers
        + ",\"alone\":"
        + (cluster.clustered() && servers < 2)
        + ",\"leads\":"
        + cluster.leads()
        + "}}";
  }
}
