package dev.penny.storefront.ops;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Payara serves MicroProfile Metrics inside Penny's own web application ({@code /metrics}), on
 * every host name a store answers at; its figures are the operator's. Without {@code
 * penny.metrics.token} ({@code PENNY_METRICS_TOKEN}, 32+ characters) the endpoint does not exist
 * (404); with it, a scraper sends {@code Authorization: Bearer <token>} and anything else gets 401.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"})
public class MetricsGate extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final int MIN_TOKEN_LENGTH = 32;

  @Inject
  @ConfigProperty(name = "penny.metrics.token")
  Optional<String> token;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<String> expected =
        token.map(String::strip).filter(t -> t.length() >= MIN_TOKEN_LENGTH);
    if (expected.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (!allowed(request.getHeader("Authorization"), expected.get())) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"penny-metrics\"");
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean allowed(String authorization, String token) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return false;
    }
    byte[] given = authorization.substring("Bearer ".length()).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8));
  }
}
