package dev.penny.storefront.ops;

import dev.penny.storefront.servlet.DeclaredMethodsServlet;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The cheapest answer the server can give: the ceiling against which the benchmark measures the
 * store pages, and a liveness probe that touches no database.
 */
@WebServlet("/ops/ping")
public class PingServlet extends DeclaredMethodsServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain");
    response.getWriter().write("ok");
  }
}
