package dev.penny.storefront.web;

import dev.penny.platform.problem.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Refuses a request that breaks {@link RequestChecks} before any code reads it: a 400 (or 414) that
 * changes nothing, as problem+json on API paths and the error page elsewhere. Second in web.xml,
 * after the security headers, so the refusal carries them.
 */
public class MalformedRequestFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(MalformedRequestFilter.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<RequestChecks.Refusal> refusal =
        RequestChecks.check(
            RequestChecks.hosts(request), request.getRequestURI(), request.getQueryString());
    if (refusal.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    LOG.fine(() -> "Refused a malformed request: " + refusal.get());
    if (ErrorDispatch.isApiPath(request.getRequestURI(), request.getContextPath())) {
      ProblemResponses.write(
          response,
          refusal.get().status == 414 ? ErrorCode.URI_TOO_LONG : ErrorCode.MALFORMED_REQUEST,
          refusal.get().detail);
      return;
    }
    response.sendError(refusal.get().status);
  }
}
