package dev.penny.storefront.api;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Serves the API's contract, {@code META-INF/openapi.yaml}, exactly as written, at {@code
 * /openapi}. Payara's own OpenAPI endpoint is switched off by the launcher: it generates from code
 * and adds a root member ({@code endpoints}) that is not OpenAPI, so clients and linters would not
 * get the document this project reviews and lints.
 */
@WebServlet("/openapi")
public class OpenApiServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final String DOCUMENT = "META-INF/openapi.yaml";

  private byte[] document;

  @Override
  public void init() throws ServletException {
    try (InputStream in = OpenApiServlet.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
      if (in == null) {
        throw new ServletException("No " + DOCUMENT + " in the application");
      }
      document = in.readAllBytes();
    } catch (IOException e) {
      throw new ServletException(e);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/yaml;charset=UTF-8");
    response.setHeader("Cache-Control", "public, max-age=300");
    response.setContentLength(document.length);
    response.getOutputStream().write(document);
  }
}
