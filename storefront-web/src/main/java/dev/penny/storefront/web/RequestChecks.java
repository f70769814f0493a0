package dev.penny.storefront.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What every request must be before anything reads it: one well-formed {@code Host} (a name or an
 * IP address, with an optional port), an address whose percent-escapes are complete and decode to
 * UTF-8, and an address no longer than {@value #LONGEST_ADDRESS} characters. A request that is not
 * gets a 400 (414 for the length) at once, so that no later code meets half-decoded input.
 */
final class RequestChecks {

  static final int LONGEST_ADDRESS = 8_192;

  private static final Pattern HOST =
      Pattern.compile(
          "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?"
              + "|\\[[0-9A-Fa-f:.]{2,45}\\])(?::[0-9]{1,5})?");

  /** Why a request is refused. */
  enum Refusal {
    INVALID_HOST(400, "The Host header is missing, repeated or not a host name."),
    MALFORMED_ADDRESS(400, "The address has an incomplete percent-escape or is not UTF-8."),
    ADDRESS_TOO_LONG(414, "The address is longer than " + LONGEST_ADDRESS + " characters.");

    final int status;
    final String detail;

    Refusal(int status, String detail) {
      this.status = status;
      this.detail = detail;
    }
  }

  private RequestChecks() {}

  /**
   * @param hosts every {@code Host} header of the request
   * @param uri the request URI as sent (not decoded)
   * @param query the query string as sent, or null
   */
  static Optional<Refusal> check(List<String> hosts, String uri, String query) {
    if (hosts.size() != 1
        || hosts.get(0).length() > 260
        || !HOST.matcher(hosts.get(0).strip()).matches()) {
      return Optional.of(Refusal.INVALID_HOST);
    }
    if (uri.length() + (query == null ? 0 : query.length() + 1) > LONGEST_ADDRESS) {
      return Optional.of(Refusal.ADDRESS_TOO_LONG);
    }
    if (!decodes(uri) || (query != null && !decodes(query))) {
      return Optional.of(Refusal.MALFORMED_ADDRESS);
    }
    return Optional.empty();
  }

  static List<String> hosts(jakarta.servlet.http.HttpServletRequest request) {
    return Collections.list(request.getHeaders("Host"));
  }

  /** True when every {@code %} starts a two-digit hex escape and the bytes are UTF-8. */
  static boolean decodes(String raw) {
    ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 3);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length() || hex(raw.charAt(i + 1)) < 0 || hex(raw.charAt(i + 2)) < 0) {
          return false;
        }
        bytes.put((byte) (hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2))));
        i += 2;
      } else {
        bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    bytes.flip();
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes);
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }
}
