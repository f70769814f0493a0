package dev.penny.storefront.api;

import dev.penny.storefront.servlet.DeclaredMethodsServlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Serves the API's contract, {@code META-INF/openapi.yaml}, as written, at {@code /openapi}, its
 * {@code servers} naming this Penny's public URL ({@code PENNY_PUBLIC_URL}) instead of the embedded
 * run's default. Payara's own OpenAPI endpoint is switched off by the launcher: it generates from
 * code and adds a root member ({@code endpoints}) that is not OpenAPI, so clients and linters would
 * not get the document this project reviews and lints.
 */
@WebServlet("/openapi")
public class OpenApiServlet extends DeclaredMethodsServlet {

  private static final long serialVersionUID = 1L;
  static final String DOCUMENT = "META-INF/openapi.yaml";

  /** The document's server, as written: the embedded run's default address. */
  static final String WRITTEN_SERVER = "  - url: http://localhost:8080\n";

  @jakarta.inject.Inject dev.penny.platform.tenancy.PublicAddress addresses;

  private byte[] document;

  @Override
  public void init() throws ServletException {
    try (InputStream in = OpenApiServlet.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
      if (in == null) {
        throw new ServletException("No " + DOCUMENT + " in the application");
      }
      String written = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (!written.contains(WRITTEN_SERVER)) {
        throw new ServletException(DOCUMENT + " names no server at " + WRITTEN_SERVER.strip());
      }
      document =
          written
              .replace(WRITTEN_SERVER, "  - url: " + addresses.onPlatform("") + "\n")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8);
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
