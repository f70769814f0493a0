package dev.penny.checkout.zone;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** {@code /checkout/health}: UP when the zone is deployed and its own database answers. */
@WebServlet("/health")
public class ZoneHealth extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Resource(lookup = "java:app/jdbc/vault")
  transient DataSource dataSource;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean up;
    try (Connection c = dataSource.getConnection()) {
      up = c.isValid(2);
    } catch (SQLException e) {
      up = false;
    }
    response.setStatus(up ? 200 : 503);
    response.setContentType("application/json");
    response
        .getWriter()
        .write("{\"status\":\"" + (up ? "UP" : "DOWN") + "\",\"checks\":[\"database\"]}");
  }
}
