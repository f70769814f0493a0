package dev.penny.storefront.api;

import dev.penny.platform.problem.ErrorCode;
import jakarta.ws.rs.core.MultivaluedMap;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parameters of a list request, checked strictly: {@code limit} from 1 to 100, an opaque {@code
 * cursor} that this API issued, and nothing else.
 */
record ListQuery(int limit, long afterId) {

  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;
  private static final Set<String> KNOWN = Set.of("limit", "cursor");
  private static final Pattern LIMIT = Pattern.compile("[0-9]{1,3}");
  private static final Pattern CURSOR_PAYLOAD = Pattern.compile("p1:([1-9][0-9]{0,17})");

  static ListQuery from(MultivaluedMap<String, String> parameters) {
    for (String name : parameters.keySet()) {
      if (!KNOWN.contains(name)) {
        throw new ApiRequestException(
            ErrorCode.UNKNOWN_PARAMETER, "Unknown query parameter '" + abbreviate(name) + "'");
      }
    }
    return new ListQuery(limit(single(parameters, "limit")), afterId(single(parameters, "cursor")));
  }

  static String cursorAfter(long id) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("p1:" + id).getBytes(StandardCharsets.US_ASCII));
  }

  private static String single(MultivaluedMap<String, String> parameters, String name) {
    List<String> values = parameters.get(name);
    if (values == null) {
      return null;
    }
    if (values.size() > 1) {
      throw new ApiRequestException(ErrorCode.DUPLICATE_PARAMETER, "'" + name + "' is given twice");
    }
    return values.get(0);
  }

  private static int limit(String text) {
    if (text == null) {
      return DEFAULT_LIMIT;
    }
    if (!LIMIT.matcher(text).matches()) {
      throw invalidLimit();
    }
    int limit = Integer.parseInt(text);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw invalidLimit();
    }
    return limit;
  }

  private static long afterId(String cursor) {
    if (cursor == null) {
      return 0;
    }
    try {
      if (cursor.length() > 64) {
        throw new IllegalArgumentException();
      }
      String payload = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
      var matcher = CURSOR_PAYLOAD.matcher(payload);
      if (!matcher.matches()) {
        throw new IllegalArgumentException();
      }
      return Long.parseLong(matcher.group(1));
    } catch (IllegalArgumentException e) {
      throw new ApiRequestException(
          ErrorCode.INVALID_CURSOR, "The cursor is not one this API issued");
    }
  }

  private static ApiRequestException invalidLimit() {
    return new ApiRequestException(
        ErrorCode.INVALID_LIMIT, "limit is a whole number from 1 to " + MAX_LIMIT);
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
