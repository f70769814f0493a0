package dev.penny.storefront.identity;

import dev.penny.payments.spending.SpendingKeySecrets;
import dev.penny.platform.cluster.Cluster;
import dev.penny.platform.crypto.Digests;
import dev.penny.platform.crypto.RandomTokens;
import dev.penny.platform.identity.SignedInSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who signed in, in a cookie signed with the platform key ({@code penny.payments.key}, under a
 * label of its own), so that every server of a cluster can restore a sign-in its own memory never
 * held: when the server that held a shopper's session stops, the next server reads this cookie and
 * the shopper stays signed in. It carries the user id, name, e-mail, roles and store memberships
 * (no token, no secret), lasts {@link #LIFETIME} at most and ends with the browser session;
 * sign-out clears it. The tenant admin still asks Keycloak for memberships on every request, so a
 * removed staff member gains nothing from an old cookie.
 */
@ApplicationScoped
public class SignInCookie {

  static final String NAME = "penny_signin";
  static final Duration LIFETIME = Duration.ofHours(10);

  /**
   * v2 adds a random nonce, so that two sign-ins of one person within a second differ (and signing
   * one out leaves the other); v1 cookies, issued before, are read until they expire.
   */
  private static final String VERSION = "v2";

  private static final String VERSION_1 = "v1";
  private static final String LABEL = "sign-in-cookie\n";
  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

  private final Function<String, byte[]> mac;
  private final boolean secure;
  private final Predicate<String> signedOut;
  private final Consumer<String> signOut;

  @Inject
  public SignInCookie(
      SpendingKeySecrets keys,
      Cluster cluster,
      @ConfigProperty(name = "penny.public-url", defaultValue = "http://localhost:8080")
          String publicUrl) {
    this(
        keys::mac,
        publicUrl.startsWith("https://"),
        value -> cluster.seen(signedOutKey(value)),
        value -> cluster.firstTime(signedOutKey(value), LIFETIME));
  }

  /**
   * With {@code mac}: HMAC-SHA256 under the platform key; {@code signedOut} tells a cookie value
   * whose sign-in ended, {@code signOut} records one.
   */
  SignInCookie(
      Function<String, byte[]> mac,
      boolean secure,
      Predicate<String> signedOut,
      Consumer<String> signOut) {
    this.mac = mac;
    this.secure = secure;
    this.signedOut = signedOut;
    this.signOut = signOut;
  }

  protected SignInCookie() {
    this(null, false, v -> false, v -> {});
  }

  /**
   * Ends the sign-in this request's cookie carries, on every server (a copy of the cookie kept
   * elsewhere proves nothing any more), and removes it from the browser.
   */
  public void signOut(HttpServletRequest request, HttpServletResponse response) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (NAME.equals(c.getName()) && c.getValue() != null && !c.getValue().isEmpty()) {
          signOut.accept(c.getValue());
        }
      }
    }
    clear(response);
  }

  /** The cluster's key of a signed-out cookie: its digest, not the cookie itself. */
  private static String signedOutKey(String value) {
    return "signed-out " + ENCODE.encodeToString(Digests.sha256(value));
  }

  /** Sets the cookie for this sign-in. */
  public void issue(HttpServletResponse response, SignedInSession signedIn) {
    response.addCookie(cookie(value(signedIn, Instant.now().plus(LIFETIME)), -1));
  }

  /** Removes the cookie from the browser. */
  public void clear(HttpServletResponse response) {
    response.addCookie(cookie("", 0));
  }

  /** The sign-in this request's cookie proves, if it carries a valid, unexpired one. */
  public Optional<SignedInSession> from(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    return Arrays.stream(cookies)
        .filter(c -> NAME.equals(c.getName()))
        .filter(c -> c.getValue() == null || !signedOut.test(c.getValue()))
        .map(c -> read(c.getValue(), Instant.now()))
        .flatMap(Optional::stream)
        .findFirst();
  }

  String value(SignedInSession signedIn, Instant expires) {
    String payload =
        String.join(
            "\n",
            VERSION,
            Long.toString(expires.getEpochSecond()),
            encode(signedIn.subject()),
            encode(signedIn.callerName()),
            encode(signedIn.fullName()),
            encode(signedIn.emailAddress()),
            list(signedIn.groups()),
            list(signedIn.tenantGroups()),
            nonce());
    String body = ENCODE.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    return body + "." + ENCODE.encodeToString(mac.apply(LABEL + body));
  }

  Optional<SignedInSession> read(String value, Instant now) {
    int dot = value == null ? -1 : value.indexOf('.');
    if (dot <= 0 || value.length() > 3_000) {
      return Optional.empty();
    }
    String body = value.substring(0, dot);
    try {
      byte[] signature = DECODE.decode(value.substring(dot + 1));
      byte[] payload = DECODE.decode(body);
      // Only the one encoding this class writes (base64 lets a last character vary unread).
      if (!ENCODE.encodeToString(signature).equals(value.substring(dot + 1))
          || !ENCODE.encodeToString(payload).equals(body)
          || !MessageDigest.isEqual(signature, mac.apply(LABEL + body))) {
        return Optional.empty();
      }
      String[] fields = new String(payload, StandardCharsets.UTF_8).split("\n", -1);
      if (!(fields.length == 9 && VERSION.equals(fields[0])
          || fields.length == 8 && VERSION_1.equals(fields[0]))) {
        return Optional.empty();
      }
      if (!Instant.ofEpochSecond(Long.parseLong(fields[1])).isAfter(now)) {
        return Optional.empty();
      }
      String subject = decode(fields[2]);
      String caller = decode(fields[3]);
      if (subject == null || subject.isBlank() || caller == null || caller.isBlank()) {
        return Optional.empty();
      }
      return Optional.of(
          new SignedInSession(
              subject,
              caller,
              Set.copyOf(elements(fields[6])),
              decode(fields[4]),
              decode(fields[5]),
              elements(fields[7]),
              null));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  private static String nonce() {
    return RandomTokens.urlSafe(12);
  }

  private Cookie cookie(String value, int maxAge) {
    Cookie cookie = new Cookie(NAME, value);
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setSecure(secure);
    cookie.setMaxAge(maxAge);
    cookie.setAttribute("SameSite", "Lax");
    return cookie;
  }

  /** A value, URL-encoded; null as an empty field ("-" marks an empty string). */
  private static String encode(String value) {
    if (value == null) {
      return "";
    }
    return value.isEmpty() ? "-" : URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String decode(String field) {
    if (field.isEmpty()) {
      return null;
    }
    return field.equals("-") ? "" : URLDecoder.decode(field, StandardCharsets.UTF_8);
  }

  private static String list(Collection<String> values) {
    return values.stream()
        .sorted()
        .map(v -> URLEncoder.encode(v, StandardCharsets.UTF_8))
        .collect(Collectors.joining(","));
  }

  private static List<String> elements(String field) {
    if (field.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(field.split(",", -1))
        .map(v -> URLDecoder.decode(v, StandardCharsets.UTF_8))
        .toList();
  }
}
