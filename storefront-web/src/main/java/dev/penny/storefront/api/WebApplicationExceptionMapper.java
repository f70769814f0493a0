package dev.penny.storefront.api;

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
      case 404 -> ApiProblems.response(404, "not_found", "No such resource");
      case 405 ->
          ApiProblems.response(405, "method_not_allowed", "This method is not allowed here");
      case 406 -> ApiProblems.response(406, "not_acceptable", "The API answers application/json");
      case 415 -> ApiProblems.response(415, "unsupported_media_type", "Send application/json");
      default -> ApiProblems.response(status, "bad_request", "The request is not valid");
    };
  }
}
