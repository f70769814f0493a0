package dev.penny.storefront.micro;

import dev.penny.platform.problem.ErrorCode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a request for paid content is answered: status, headers and a JSON body, and the problem's
 * code when it was refused.
 */
public record PaidContentAnswer(
    int status,
    Map<String, String> headers,
    String contentType,
    String body,
    Optional<ErrorCode> refusal) {

  /** The same answer with one more header. */
  PaidContentAnswer withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new PaidContentAnswer(status, more, contentType, body, refusal);
  }
}
