package dev.penny.storefront.api;

import dev.penny.platform.problem.DomainException;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.Refusals;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen: logged with an incident id that the client also gets, and answered without
 * internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    Optional<DomainException> refusal = Refusals.of(e);
    if (refusal.isPresent()) {
      return ApiProblems.response(refusal.get().errorCode(), refusal.get().getMessage());
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "API incident " + incident, e);
    return ApiProblems.response(ErrorCode.INTERNAL_ERROR, "Unexpected error; incident " + incident);
  }
}
