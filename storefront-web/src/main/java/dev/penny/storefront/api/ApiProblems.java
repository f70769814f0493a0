package dev.penny.storefront.api;

import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.Problem;
import jakarta.ws.rs.core.Response;

/** Builds problem+json responses for the API. */
final class ApiProblems {

  private ApiProblems() {}

  /**
   * The problem as a response; a 401 also names the scheme to authenticate with (RFC 9110 asks
   * every 401 for {@code WWW-Authenticate}), whichever key was missing or refused.
   */
  static Response response(Problem problem) {
    Response.ResponseBuilder answer =
        Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.toJson());
    if (problem.status() == 401) {
      answer.header(jakarta.ws.rs.core.HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"penny\"");
    }
    return answer.build();
  }

  static Response response(ErrorCode code, String detail) {
    return response(Problem.of(code, detail));
  }
}
