package dev.penny.storefront.api;

import dev.penny.money.MoneyException;
import dev.penny.platform.problem.ErrorCode;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * An amount the Money type refused wherever an endpoint parsed it (not a number, more decimals than
 * it keeps, too large, another currency): a 400 with the reason's stable code, never a 500. The
 * detail is fixed text: the refused input is not echoed back.
 */
@Provider
public class MoneyExceptionMapper implements ExceptionMapper<MoneyException> {
  @Override
  public Response toResponse(MoneyException e) {
    return switch (e.reason()) {
      case INVALID_AMOUNT ->
          ApiProblems.response(
              ErrorCode.INVALID_AMOUNT,
              "An amount is a decimal string with at most 6 decimals, such as \"5.00\"");
      case CURRENCY_MISMATCH ->
          ApiProblems.response(ErrorCode.CURRENCY_MISMATCH, "The amount is in another currency");
      case AMOUNT_OVERFLOW ->
          ApiProblems.response(ErrorCode.AMOUNT_OVERFLOW, "The amount is too large");
    };
  }
}
