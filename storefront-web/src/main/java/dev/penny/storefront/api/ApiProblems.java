package dev.penny.storefront.api;

import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.Problem;
import jakarta.ws.rs.core.Response;

/** Builds problem+json responses for the API. */
final class ApiProblems {

  private ApiProblems() {}

  static Response response(Problem problem) {
    return Response.status(problem.status())
        .type(Problem.MEDIA_TYPE)
        .entity(problem.toJson())
        .build();
  }

  static Response response(ErrorCode code, String detail) {
    return response(Problem.of(code, detail));
  }
}
