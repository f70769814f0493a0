package dev.penny.storefront.web;

import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.Problem;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes a problem+json body from a servlet or filter, where no JAX-RS mapper runs. */
public final class ProblemResponses {

  private ProblemResponses() {}

  public static void write(HttpServletResponse response, ErrorCode code, String detail)
      throws IOException {
    write(response, Problem.of(code, detail));
  }

  /** With a status other than the code's usual one (an error the container raised). */
  public static void write(HttpServletResponse response, int status, ErrorCode code, String detail)
      throws IOException {
    write(response, Problem.of(status, code, detail));
  }

  private static void write(HttpServletResponse response, Problem problem) throws IOException {
    response.setStatus(problem.status());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(problem.toJson());
  }
}
