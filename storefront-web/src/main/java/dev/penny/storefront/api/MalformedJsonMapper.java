package dev.penny.storefront.api;

import dev.penny.platform.problem.ErrorCode;
import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that is not JSON: the client's mistake, answered 400, never 500. */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonException> {
  @Override
  public Response toResponse(JsonException e) {
    return ApiProblems.response(ErrorCode.MALFORMED_JSON, "The request body is not valid JSON");
  }
}
