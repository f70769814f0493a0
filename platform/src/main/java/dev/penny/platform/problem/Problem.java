package dev.penny.platform.problem;

import dev.penny.platform.json.Jsonp;
import java.net.URI;

/**
 * An RFC 9457 problem detail. {@code code} is Penny's stable, machine-readable reason; {@code type}
 * is a URI built from it so that clients may also switch on the type.
 */
public record Problem(URI type, String title, int status, String detail, String code) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://penny.dev/problems/";

  public static Problem of(ErrorCode code, String detail) {
    return of(code.status(), code, detail);
  }

  /** A problem whose status is not the code's usual one (e.g. a container's 4xx). */
  public static Problem of(int status, ErrorCode code, String detail) {
    String text = code.code();
    return new Problem(
        URI.create(TYPE_BASE + text.replace('_', '-')), titleFor(status), status, detail, text);
  }

  public static Problem from(DomainException e) {
    return of(e.errorCode(), e.getMessage());
  }

  /** The problem as RFC 9457 JSON text. */
  public String toJson() {
    return Jsonp.JSON
        .createObjectBuilder()
        .add("type", type.toString())
        .add("title", title)
        .add("status", status)
        .add("detail", detail)
        .add("code", code)
        .build()
        .toString();
  }

  public static String titleFor(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Unauthorized";
      case 402 -> "Payment required";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 406 -> "Not acceptable";
      case 409 -> "Conflict";
      case 413 -> "Content too large";
      case 414 -> "URI too long";
      case 415 -> "Unsupported media type";
      case 422 -> "Unprocessable content";
      case 429 -> "Too many requests";
      case 503 -> "Service unavailable";
      default -> status >= 500 ? "Internal error" : "Request refused";
    };
  }
}
