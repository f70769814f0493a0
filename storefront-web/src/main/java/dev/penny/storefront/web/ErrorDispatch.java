package dev.penny.storefront.web;

import dev.penny.platform.problem.DomainException;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.Problem;
import dev.penny.platform.problem.Refusals;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Every error page of the war goes through here (web.xml names it for every status and exception):
 * an error on an API path answers problem+json with a stable code, any other shows Penny's page for
 * the status, never the container's default page (which names the server).
 */
@WebServlet("/errors/dispatch")
public class ErrorDispatch extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static boolean isApiPath(String requestUri, String contextPath) {
    String path =
        requestUri == null
            ? ""
            : requestUri.substring(Math.min(contextPath.length(), requestUri.length()));
    return path.equals("/api") || path.startsWith("/api/");
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    // A refusal that a plain servlet let through (or a unique key a race ran into) is the
    // client's 4xx, not a server error.
    Optional<DomainException> refusal =
        request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown
            ? Refusals.of(thrown)
            : Optional.empty();
    if (refusal.isPresent()) {
      status = refusal.get().status();
      response.setStatus(status);
    }
    if (request.getDispatcherType() != jakarta.servlet.DispatcherType.ERROR) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    // An error raised before the filters ran (the sign-in mechanism runs first) has no headers yet.
    if (!response.containsHeader("Content-Security-Policy")) {
      SecurityHeadersFilter.set(response, false);
    }
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (isApiPath(uri == null ? null : uri.toString(), request.getContextPath())) {
      if (refusal.isPresent()) {
        ProblemResponses.write(
            response, status, refusal.get().errorCode(), refusal.get().getMessage());
      } else {
        ProblemResponses.write(
            response,
            status,
            codeFor(status),
            Problem.titleFor(status) + " (HTTP " + status + ").");
      }
      return;
    }
    request.getRequestDispatcher(pageFor(status)).forward(request, response);
  }

  static String pageFor(int status) {
    return switch (status) {
      case 400, 414 -> "/errors/bad-request.xhtml";
      case 404 -> "/errors/not-found.xhtml";
      case 503 -> "/errors/unavailable.xhtml";
      default -> status >= 500 ? "/errors/error.xhtml" : "/errors/refused.xhtml";
    };
  }

  static ErrorCode codeFor(int status) {
    return switch (status) {
      case 401 -> ErrorCode.API_KEY_REQUIRED;
      case 403 -> ErrorCode.FORBIDDEN;
      case 404 -> ErrorCode.NOT_FOUND;
      case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
      case 406 -> ErrorCode.NOT_ACCEPTABLE;
      case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
      case 414 -> ErrorCode.URI_TOO_LONG;
      case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
      case 503 -> ErrorCode.SERVICE_UNAVAILABLE;
      default -> status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.BAD_REQUEST;
    };
  }
}
