package dev.penny.storefront.api;

import dev.penny.platform.json.StrictJson;
import dev.penny.platform.problem.ErrorCode;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body that must be one JSON object, at most {@value #MAX_BYTES} bytes, as {@link
 * StrictJson} reads it (depth, numbers, nothing after the object). Anything else is a 400 problem
 * ({@code malformed_json}).
 */
final class JsonBody {

  static final int MAX_BYTES = 1_000_000;
  static final int MAX_DEPTH = StrictJson.MAX_DEPTH;

  private JsonBody() {}

  static JsonObject object(InputStream body) {
    byte[] bytes = read(body);
    if (bytes.length == 0) {
      throw refused("Send the request body as a JSON object");
    }
    try {
      return StrictJson.object(bytes);
    } catch (StrictJson.NotAccepted e) {
      throw refused(e.getMessage().replace("The document", "The request body"));
    }
  }

  private static byte[] read(InputStream body) {
    if (body == null) {
      return new byte[0];
    }
    try {
      byte[] bytes = body.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new ApiRequestException(
            ErrorCode.PAYLOAD_TOO_LARGE, "The request body is larger than " + MAX_BYTES + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      // The client stopped sending before its Content-Length (or the connection broke): its
      // request is incomplete, which is not a server error.
      throw new ApiRequestException(
          ErrorCode.BAD_REQUEST, "The request body ended before its announced length");
    }
  }

  private static ApiRequestException refused(String detail) {
    return new ApiRequestException(ErrorCode.MALFORMED_JSON, detail);
  }
}
