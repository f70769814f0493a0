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
      case 405 ->
          ApiProblems.response(ErrorCode.METHOD_NOT_ALLOWED, "This method is not allowed here");
      case 406 ->
          ApiProblems.response(ErrorCode.NOT_ACCEPTABLE, "The API answers application/json");
      case 415 -> ApiProblems.response(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send application/json");
      default ->
          ApiProblems.response(
              Problem.of(status, ErrorCode.BAD_REQUEST, "The request is not valid"));
    };
  }
}
