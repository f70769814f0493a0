package dev.penny.checkout.api;

import dev.penny.checkout.payment.PaymentNotFoundException;
import dev.penny.checkout.payment.PaymentRefusedException;
import dev.penny.checkout.payment.PaymentStateException;
import dev.penny.checkout.vault.CardRefusedException;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every refusal of the API as problem+json with a stable code; nothing internal leaks. */
@Provider
public class ZoneProblems implements ExceptionMapper<RuntimeException> {

  /** Looked up once: {@code Json.create...} asks the ServiceLoader on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  @Override
  public Response toResponse(RuntimeException e) {
    if (e instanceof PaymentNotFoundException) {
      return problem(Response.Status.NOT_FOUND, "payment_not_found", "No such payment");
    }
    if (e instanceof PaymentStateException) {
      return problem(Response.Status.CONFLICT, "payment_state_conflict", e.getMessage());
    }
    if (e instanceof PaymentRefusedException refused) {
      return problem(
          Response.Status.CONFLICT, refused.code(), "The acquirer refused: " + refused.code());
    }
    if (e instanceof CardRefusedException refused) {
      return problem(Response.Status.BAD_REQUEST, "card_refused", refused.getMessage());
    }
    if (isDuplicateEntry(e)) {
      // A unique key: a store's reference used for another payment at the same moment.
      return problem(
          Response.Status.CONFLICT,
          "duplicate_reference",
          "A payment with this reference was made at the same moment");
    }
    if (e instanceof IllegalArgumentException) {
      return problem(Response.Status.BAD_REQUEST, "invalid_input", "Invalid " + e.getMessage());
    }
    if (e instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      Object allow = web.getResponse().getHeaders().getFirst("Allow");
      if (status == 405 && allow != null) {
        return Response.fromResponse(
                problem(
                    Response.Status.METHOD_NOT_ALLOWED,
                    "method_not_allowed",
                    "This resource takes " + allow))
            .header("Allow", allow)
            .build();
      }
      return problem(
          Response.Status.fromStatusCode(status),
          switch (status) {
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 415 -> "unsupported_media_type";
            default -> "bad_request";
          },
          "Refused");
    }
    java.util.logging.Logger.getLogger(ZoneProblems.class.getName())
        .log(java.util.logging.Level.SEVERE, "Unexpected error in the zone's API", e);
    return problem(Response.Status.INTERNAL_SERVER_ERROR, "internal_error", "Unexpected error");
  }

  /** A duplicate entry of the database's (MySQL error 1062) anywhere in the cause chain. */
  private static boolean isDuplicateEntry(Throwable thrown) {
    int depth = 0;
    for (Throwable t = thrown; t != null && depth < 50; t = t.getCause(), depth++) {
      if (t instanceof java.sql.SQLException sql && sql.getErrorCode() == 1062) {
        return true;
      }
    }
    return false;
  }

  static Response problem(Response.Status status, String code, String detail) {
    Response.Status s = status == null ? Response.Status.BAD_REQUEST : status;
    return Response.status(s)
        .type("application/problem+json")
        .entity(
            JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", s.getReasonPhrase())
                .add("status", s.getStatusCode())
                .add("code", code)
                .add("detail", detail)
                .build()
                .toString())
        .build();
  }
}
