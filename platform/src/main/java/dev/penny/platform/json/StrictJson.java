package dev.penny.platform.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParser;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads JSON a client sent — a request body, a payment header — strictly and within bounds: one
 * object, nested at most {@value #MAX_DEPTH} levels, no member named twice in an object (which of
 * two values a reader keeps differs between readers, so a signer and Penny could read different
 * requests), nothing after it, and numbers no longer than {@value #MAX_NUMBER_DIGITS} digits with
 * an exponent of at most two digits. It is checked with a streaming parser before any tree is
 * built, so a hostile document costs neither stack, memory nor time: a number such as {@code
 * 1e999999999} would otherwise fail inside the JSON reader, or cost seconds and megabytes wherever
 * it is turned into an integer.
 */
public final class StrictJson {

  public static final int MAX_DEPTH = 16;
  static final int MAX_NUMBER_DIGITS = 30;

  private static final Pattern NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]{0,29})(\\.[0-9]{1,30})?([eE][+-]?[0-9]{1,2})?");

  private StrictJson() {}

  /** Why a document was not read, in words for the client. */
  public static final class NotAccepted extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    NotAccepted(String message) {
      super(message);
    }
  }

  /** The one JSON object of {@code bytes} (UTF-8), or {@link NotAccepted} saying why not. */
  public static JsonObject object(byte[] bytes) {
    String text = utf8(bytes);
    checkShape(text);
    try (JsonReader reader = Jsonp.JSON.createReader(new java.io.StringReader(text))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new NotAccepted("The document is not valid JSON");
    }
  }

  /**
   * The bytes as UTF-8, which JSON text is (RFC 8259, section 8.1): a byte sequence that is no
   * UTF-8 is refused, not replaced by U+FFFD (which would store text the client never sent).
   */
  private static String utf8(byte[] bytes) {
    try {
      return java.nio.charset.StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new NotAccepted("The document is not valid UTF-8");
    }
  }

  /**
   * Whether the text has half of a surrogate pair alone (an escape such as \ud800): no character.
   */
  private static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private static void checkShape(String text) {
    try (JsonParser parser = Jsonp.JSON.createParser(new java.io.StringReader(text))) {
      if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
        throw new NotAccepted("The document must be a JSON object");
      }
      // The names met so far in each open object (an empty set for an array, never added to).
      Deque<Set<String>> names = new ArrayDeque<>();
      names.push(new HashSet<>());
      while (!names.isEmpty()) {
        JsonParser.Event event = parser.next();
        if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
          names.push(new HashSet<>());
          if (names.size() > MAX_DEPTH) {
            throw new NotAccepted("The document is nested more than " + MAX_DEPTH + " levels deep");
          }
        } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
          names.pop();
        } else if ((event == JsonParser.Event.KEY_NAME || event == JsonParser.Event.VALUE_STRING)
            && hasLoneSurrogate(parser.getString())) {
          throw new NotAccepted(
              "A string has half of a surrogate pair (such as \\ud800) alone, which is no"
                  + " character");
        } else if (event == JsonParser.Event.KEY_NAME && !names.peek().add(parser.getString())) {
          throw new NotAccepted(
              "The member \"" + printable(parser.getString()) + "\" is named twice");
        } else if (event == JsonParser.Event.VALUE_NUMBER
            && !NUMBER.matcher(parser.getString()).matches()) {
          throw new NotAccepted(
              "A number has more than "
                  + MAX_NUMBER_DIGITS
                  + " digits on a side of its point, or an exponent of more than two digits");
        }
      }
      if (parser.hasNext()) {
        throw new NotAccepted("Nothing may follow the JSON object");
      }
    } catch (NotAccepted e) {
      throw e;
    } catch (RuntimeException e) {
      // JsonException, a parser asked past its end, and Parsson's own limits (nesting, number
      // size), which throw plain runtime exceptions.
      throw new NotAccepted("The document is not valid JSON");
    }
  }

  /** A member's name as a message may quote it: short, without control characters. */
  private static String printable(String name) {
    String shown = name.length() > 40 ? name.substring(0, 40) + "..." : name;
    return shown.replaceAll("[\\p{Cntrl}\"\\\\]", "?");
  }
}
