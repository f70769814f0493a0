package dev.penny.storefront.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Redirects within Penny as the path alone ({@code Location: /signin?return=/}), as HTTP allows:
 * the container would otherwise make the path absolute with the request's {@code Host} header,
 * which the client chooses ({@code Host: evil.example} would send a shopper to that site). An
 * absolute address (Keycloak, a store's configured origin) is sent as it is.
 */
final class RelativeRedirects extends HttpServletResponseWrapper {

  RelativeRedirects(HttpServletResponse response) {
    super(response);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    // "//host" and "/\\host" are other sites to a browser: those, and absolute addresses, go
    // through the container as before.
    if (location == null
        || !location.startsWith("/")
        || location.startsWith("//")
        || location.startsWith("/\\")) {
      super.sendRedirect(location);
      return;
    }
    if (isCommitted()) {
      throw new IllegalStateException("A redirect after the response was committed");
    }
    resetBuffer();
    setStatus(HttpServletResponse.SC_FOUND);
    setHeader("Location", location);
    flushBuffer();
  }
}
