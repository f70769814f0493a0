package dev.penny.storefront.api;

import dev.penny.platform.problem.DomainException;
import dev.penny.platform.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A domain refusal becomes its problem, with the status and code it carries. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
  @Override
  public Response toResponse(DomainException e) {
    return ApiProblems.response(Problem.from(e));
  }
}
