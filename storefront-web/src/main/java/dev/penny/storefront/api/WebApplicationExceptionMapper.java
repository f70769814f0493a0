package dev.penny.storefront.api;

import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The REST layer's own refusals (no such path, wrong method or media type) as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return new UnexpectedExceptionMapper().toResponse(e);
    }
    return switch (status) {
      case 404 -> ApiProblems.response(ErrorCode.NOT_FOUND, "No such resource");
      case 405 -> withAllow(e, ApiProblems.response(ErrorCode.METHOD_NOT_ALLOWED, methodDetail(e)));
      case 406 ->
          ApiProblems.response(ErrorCode.NOT_ACCEPTABLE, "The API answers application/json");
      case 415 -> ApiProblems.response(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send application/json");
      default ->
          ApiProblems.response(
              Problem.of(status, ErrorCode.BAD_REQUEST, "The request is not valid"));
    };
  }

  /** The methods the resource does take, as the REST layer's refusal named them. */
  static String allowed(WebApplicationException e) {
    Object allow = e.getResponse().getHeaders().getFirst("Allow");
    if (allow == null) {
      return "";
    }
    java.util.TreeSet<String> methods = new java.util.TreeSet<>();
    for (String method : allow.toString().split(",")) {
      if (!method.isBlank()) {
        methods.add(method.strip());
      }
    }
    if (methods.contains("GET")) {
      methods.add("HEAD"); // served for every GET, though the REST layer does not list it
    }
    return String.join(", ", methods);
  }

  private static String methodDetail(WebApplicationException e) {
    String allowed = allowed(e);
    return allowed.isEmpty()
        ? "This method is not allowed here"
        : "This method is not allowed here; this resource takes " + allowed;
  }

  /** A 405 names what is allowed (RFC 9110 requires the header). */
  private static Response withAllow(WebApplicationException e, Response problem) {
    String allowed = allowed(e);
    return allowed.isEmpty()
        ? problem
        : Response.fromResponse(problem).header("Allow", allowed).build();
  }
}
