package dev.penny.httpguard;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a request must be before Payara's HTTP layer maps it: exactly one well-formed {@code Host}
 * (a name or an IP address, with an optional port), and a path whose percent-escapes are complete,
 * decode to UTF-8, name no NUL, slash or backslash, and has no {@code .} or {@code ..} segment.
 * Grizzly and Payara answer such requests themselves with an empty 200 (a broken escape, an empty
 * Host: an exception escapes the mapper) or a bare 400; here they get a 400 that says why. TRACE is
 * refused with 405 as Payara does (no request is echoed back), with a body. The same Host rule is
 * checked again by the storefront's {@code RequestChecks}, which also runs where this guard is not
 * installed (in-container tests).
 */
final class GuardChecks {

  private static final Pattern HOST =
      Pattern.compile(
          "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?"
              + "|\\[[0-9A-Fa-f:.]{2,45}\\])(?::[0-9]{1,5})?");

  /** Why a request is refused, and what it is answered. */
  enum Refusal {
    INVALID_HOST(
        400, "malformed_request", "The Host header is missing, repeated or not a host name."),
    MALFORMED_PATH(
        400,
        "malformed_request",
        "The address has an incomplete percent-escape, is not UTF-8, or encodes a NUL, a slash or a"
            + " backslash."),
    DOT_SEGMENT(
        400,
        "malformed_request",
        "The address has a '.' or '..' segment (plain or percent-encoded); send it resolved."),
    TRACE(405, "method_not_allowed", "TRACE is not served here."),
    CONNECT(405, "method_not_allowed", "CONNECT is not served here: this is not a proxy."),
    UNKNOWN_METHOD(
        405,
        "method_not_allowed",
        "Penny answers GET, HEAD, POST, PUT, PATCH, DELETE and OPTIONS only."),
    MALFORMED_QUERY(
        400,
        "malformed_request",
        "The query string has bytes that are not UTF-8 (send them percent-encoded)."),
    FORM_TOO_LARGE(
        413,
        "payload_too_large",
        "A form is at most 2 MiB (2,097,152 bytes); send files and large data to the API."),
    REPEATED_HEADER(
        400,
        "malformed_request",
        "A header that is sent once is repeated (Authorization, Idempotency-Key, PAYMENT-SIGNATURE,"
            + " Content-Type, crawler-max-price or crawler-exact-price): Penny would read the first"
            + " and a proxy might read the last."),
    API_METHOD_ON_PAGE(
        405,
        "method_not_allowed",
        "Pages answer GET, HEAD and POST; PUT, PATCH and DELETE are the API's (/api/v1/...).");

    final int status;
    final String code;
    final String detail;

    Refusal(int status, String code, String detail) {
      this.status = status;
      this.code = code;
      this.detail = detail;
    }
  }

  private GuardChecks() {}

  /**
   * @param method the request's method
   * @param hosts every {@code Host} header of the request
   * @param rawPath the request's path as sent (not decoded), without the query
   */
  /**
   * Directories of the two wars (their roots, static folders) that the container answers without
   * their last slash with a redirect of its own, built from the request's Host and without the
   * security headers.
   */
  static final java.util.Set<String> DIRECTORIES =
      java.util.Set.of(
          "/checkout",
          "/checkout/api",
          "/checkout/resources",
          "/resources",
          "/resources/css",
          "/resources/js",
          "/resources/img",
          "/resources/img/demo",
          "/errors",
          "/store");

  /**
   * Where a request for one of {@link #DIRECTORIES} without its last slash goes: the same path with
   * the slash (and the query), as a path, never an address built from the Host header.
   */
  static Optional<String> directoryRedirect(String method, String rawPath) {
    if (!("GET".equals(method) || "HEAD".equals(method))) {
      return Optional.empty();
    }
    int query = rawPath.indexOf('?');
    String path = query < 0 ? rawPath : rawPath.substring(0, query);
    // As the container maps it: without the scheme and host of an absolute-form target, leading
    // slashes collapsed, and path parameters (";x", also "%3B") dropped.
    if (path.regionMatches(true, 0, "http://", 0, 7)
        || path.regionMatches(true, 0, "https://", 0, 8)) {
      int slash = path.indexOf('/', path.indexOf("//") + 2);
      path = slash < 0 ? "/" : path.substring(slash);
    }
    path = path.replaceAll("(?i)%3b", ";").replaceAll("^/+", "/").replaceAll(";[^/]*", "");
    if (!DIRECTORIES.contains(path)) {
      return Optional.empty();
    }
    return Optional.of(path + "/" + (query < 0 ? "" : rawPath.substring(query)));
  }

  /** The methods Penny serves anywhere (TRACE and CONNECT are refused by name above). */
  static final java.util.Set<String> KNOWN_METHODS =
      java.util.Set.of(
          "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT");

  /** Methods only the APIs (Penny's and the checkout zone's) take. */
  static final java.util.Set<String> API_METHODS = java.util.Set.of("PUT", "PATCH", "DELETE");

  /** The largest form body Payara parses (its default max-post-size); a larger one failed (500). */
  static final long MAX_FORM_BYTES = 2L * 1024 * 1024;

  /**
   * Headers a request carries once. A second Idempotency-Key was ignored (a retry under the other
   * one paid again), a second Authorization too (a valid key first, garbage after, was served).
   */
  static final List<String> SINGLE_HEADERS =
      List.of(
          "Authorization",
          "Idempotency-Key",
          "PAYMENT-SIGNATURE",
          "Content-Type",
          "crawler-max-price",
          "crawler-exact-price");

  /** A header of {@link #SINGLE_HEADERS} that the request repeats ({@code count} by name). */
  static Optional<Refusal> checkSingleHeaders(java.util.function.ToIntFunction<String> count) {
    for (String name : SINGLE_HEADERS) {
      if (count.applyAsInt(name) > 1) {
        return Optional.of(Refusal.REPEATED_HEADER);
      }
    }
    return Optional.empty();
  }

  /**
   * What the request's query and body announce: raw query bytes that are not UTF-8 (Payara's
   * parameter parser failed on them with an empty 500), and a form body larger than Payara parses.
   *
   * @param rawQuery the query string's bytes as sent, one char per byte (ISO-8859-1), or null
   */
  static Optional<Refusal> checkQueryAndForm(
      String rawQuery, String contentType, long contentLength) {
    if (rawQuery != null && !isUtf8(rawQuery.getBytes(StandardCharsets.ISO_8859_1))) {
      return Optional.of(Refusal.MALFORMED_QUERY);
    }
    if (contentType != null
        && contentType
            .strip()
            .toLowerCase(java.util.Locale.ROOT)
            .startsWith("application/x-www-form-urlencoded")
        && contentLength > MAX_FORM_BYTES) {
      return Optional.of(Refusal.FORM_TOO_LARGE);
    }
    return Optional.empty();
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  static Optional<Refusal> check(String method, List<String> hosts, String rawPath) {
    if ("TRACE".equals(method)) {
      return Optional.of(Refusal.TRACE);
    }
    if ("CONNECT".equals(method)) {
      return Optional.of(Refusal.CONNECT);
    }
    if (!KNOWN_METHODS.contains(method)) {
      return Optional.of(Refusal.UNKNOWN_METHOD);
    }
    if (API_METHODS.contains(method) && !RequestGuardFilter.isApiPath(rawPath)) {
      // Outside the API each servlet answered these its own way: an empty 400 (PATCH), a 403
      // (static files), or the page itself (PUT on the landing page).
      return Optional.of(Refusal.API_METHOD_ON_PAGE);
    }
    if (hosts.size() != 1
        || hosts.get(0).length() > 260
        || !HOST.matcher(hosts.get(0).strip()).matches()) {
      return Optional.of(Refusal.INVALID_HOST);
    }
    if (!pathDecodes(rawPath)) {
      return Optional.of(Refusal.MALFORMED_PATH);
    }
    if (hasDotSegment(rawPath)) {
      return Optional.of(Refusal.DOT_SEGMENT);
    }
    return Optional.empty();
  }

  /**
   * A segment that is {@code .} or {@code ..} (also percent-encoded, or before a {@code ;}
   * parameter): browsers resolve them before sending, and Grizzly's own resolution of them fails on
   * some long addresses (an exception inside it answers an empty 200), so none reaches it.
   */
  static boolean hasDotSegment(String rawPath) {
    String path = rawPath.replaceAll("(?i)%2e", ".");
    for (String segment : path.split("/", -1)) {
      int parameters = segment.indexOf(';');
      String name = parameters >= 0 ? segment.substring(0, parameters) : segment;
      if (name.equals(".") || name.equals("..")) {
        return true;
      }
    }
    return false;
  }

  static boolean pathDecodes(String raw) {
    if (!raw.startsWith("/") && !raw.equals("*") && !raw.matches("(?i)https?://.*")) {
      return false;
    }
    ByteArrayOutputStream decoded = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return false;
        }
        int high = Character.digit(raw.charAt(i + 1), 16);
        int low = Character.digit(raw.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return false;
        }
        int b = high * 16 + low;
        if (b == 0 || b == '/' || b == '\\') {
          return false;
        }
        decoded.write(b);
        i += 2;
      } else if (c == 0 || c > 0xFF) {
        return false;
      } else {
        decoded.write(c);
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(decoded.toByteArray()));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
