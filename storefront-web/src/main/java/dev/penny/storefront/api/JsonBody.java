package dev.penny.storefront.api;

import dev.penny.platform.json.Jsonp;
import dev.penny.platform.problem.ErrorCode;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body that must be one JSON object, strictly and within bounds: at most {@value
 * #MAX_BYTES} bytes, nested at most {@value #MAX_DEPTH} levels, nothing after the object. Anything
 * else is a 400 problem ({@code malformed_json}), checked with a streaming parser before any tree
 * is built, so a hostile body costs neither memory nor stack.
 */
final class JsonBody {

  static final int MAX_BYTES = 1_000_000;
  static final int MAX_DEPTH = 16;

  private JsonBody() {}

  static JsonObject object(InputStream body) {
    byte[] bytes = read(body);
    if (bytes.length == 0) {
      throw refused("Send the request body as a JSON object");
    }
    checkShape(bytes);
    try (JsonReader reader = Jsonp.JSON.createReader(new ByteArrayInputStream(bytes))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw refused("The request body is not valid JSON");
    }
  }

  /** One object at the top, not too deep, and nothing after it. */
  private static void checkShape(byte[] bytes) {
    try (JsonParser parser = Jsonp.JSON.createParser(new ByteArrayInputStream(bytes))) {
      if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
        throw refused("The request body must be a JSON object");
      }
      int depth = 1;
      while (depth > 0) {
        JsonParser.Event event = parser.next();
        if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
          depth++;
          if (depth > MAX_DEPTH) {
            throw refused("The request body is nested more than " + MAX_DEPTH + " levels deep");
          }
        } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
          depth--;
        }
      }
      if (parser.hasNext()) {
        throw refused("Nothing may follow the JSON object");
      }
    } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
      throw refused("The request body is not valid JSON");
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
