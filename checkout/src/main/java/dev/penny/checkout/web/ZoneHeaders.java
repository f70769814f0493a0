package dev.penny.checkout.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every answer of the zone: pages only on the zone's own host (its origin is not any store's), the
 * API on any (it needs the server secret), and the headers of a PCI page: a Content-Security-Policy
 * with the zone's own scripts only and no framing (the card page opens framing to its payment's
 * store origin alone), nosniff, no referrer, no caching.
 */
@WebFilter(urlPatterns = "/*")
public class ZoneHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The API's answer to a method it never takes, as its other refusals are written. */
  private static final String METHOD_NOT_ALLOWED =
      "{\"type\":\"about:blank\",\"title\":\"Method Not Allowed\",\"status\":405,"
          + "\"code\":\"method_not_allowed\",\"detail\":\"This method is not allowed here\"}";

  @jakarta.inject.Inject
  @ConfigProperty(name = "penny.checkout.url", defaultValue = "http://pay.localhost:8080")
  String zoneUrl;

  /** The policy of a zone page; {@code frameAncestors} is who may frame it. */
  static String policy(String scripts, String frameAncestors) {
    return "default-src 'none'; script-src "
        + scripts
        + "; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self';"
        + " base-uri 'none'; frame-ancestors "
        + frameAncestors;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", policy("'self'", "'none'"));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-store");
    response.setDateHeader("Date", System.currentTimeMillis());
    String method = request.getMethod();
    if (!method.equals("GET")
        && !method.equals("HEAD")
        && !method.equals("POST")
        && !(method.equals("DELETE") && request.getRequestURI().contains("/api/"))) {
      // The zone's pages and API use these methods only; anything else is refused here, not
      // left to the servlet's default answer (501 for a method it does not know).
      response.setHeader("Allow", "GET, HEAD, POST");
      if (request.getRequestURI().contains("/api/")) {
        response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        // As bytes: a writer would label JSON with the container's default ISO-8859-1.
        response.setContentType("application/problem+json");
        response
            .getOutputStream()
            .write(METHOD_NOT_ALLOWED.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      } else {
        // Not sendError: the error page is a servlet, and it too refuses an unknown method (501).
        response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("This method is not allowed here.\n");
      }
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/api/") && !path.equals("/health") && !onZoneHost(request)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean onZoneHost(HttpServletRequest request) {
    String host = request.getHeader("Host");
    String expected = java.net.URI.create(zoneUrl).getAuthority();
    return host != null && host.toLowerCase(Locale.ROOT).equals(expected.toLowerCase(Locale.ROOT));
  }
}
