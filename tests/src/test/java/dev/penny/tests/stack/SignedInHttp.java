package dev.penny.tests.stack;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in through Keycloak's real form without a browser; yields the session cookie. Redirects are
 * followed by hand: Keycloak marks its cookies Secure, which a browser still sends to {@code
 * localhost} over plain HTTP and Java's cookie store does not, so the flag is dropped here.
 */
public final class SignedInHttp {

  private static final Pattern FORM_ACTION =
      Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

  private SignedInHttp() {}

  /**
   * The {@code Cookie} header of a browser signed in as {@code username}: its session and its
   * sign-in cookie ({@code JSESSIONID=...; penny_signin=...}).
   */
  public static String sessionCookie(String username, String password) {
    return sessionCookie(PennyStack.get().baseUrl(), username, password);
  }

  /** As {@link #sessionCookie(String, String)}, signing in at {@code base} (one server). */
  public static String sessionCookie(String base, String username, String password) {
    try {
      CookieManager cookies = new CookieManager();
      HttpClient client =
          HttpClient.newBuilder()
              .cookieHandler(cookies)
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      HttpResponse<String> login =
          follow(client, cookies, HttpRequest.newBuilder(URI.create(base + "/signin?return=/")));
      Matcher action = FORM_ACTION.matcher(login.body());
      if (!action.find()) {
        throw new IllegalStateException("No Keycloak login form: " + login.statusCode());
      }
      String form =
          "username="
              + URLEncoder.encode(username, StandardCharsets.UTF_8)
              + "&password="
              + URLEncoder.encode(password, StandardCharsets.UTF_8);
      HttpResponse<String> landed =
          follow(
              client,
              cookies,
              HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form)));
      if (!landed.uri().toString().startsWith(base) || landed.statusCode() != 200) {
        throw new IllegalStateException(
            "Signing in as "
                + username
                + " ended at "
                + landed.uri()
                + " ("
                + landed.statusCode()
                + ")");
      }
      String session = null;
      String signIn = null;
      for (HttpCookie cookie : cookies.getCookieStore().get(URI.create(base))) {
        if (cookie.getName().equals("JSESSIONID")) {
          session = "JSESSIONID=" + cookie.getValue();
        } else if (cookie.getName().equals("penny_signin")) {
          signIn = "penny_signin=" + cookie.getValue();
        }
      }
      if (session == null || signIn == null) {
        throw new IllegalStateException("Signing in as " + username + " gave no session");
      }
      return session + "; " + signIn;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> follow(
      HttpClient client, CookieManager cookies, HttpRequest.Builder first)
      throws IOException, InterruptedException {
    HttpRequest request = first.build();
    for (int hop = 0; hop < 10; hop++) {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      cookies.getCookieStore().getCookies().forEach(c -> c.setSecure(false));
      String location = response.headers().firstValue("Location").orElse(null);
      if (response.statusCode() / 100 != 3 || location == null) {
        return response;
      }
      request = HttpRequest.newBuilder(request.uri().resolve(location)).build();
    }
    throw new IllegalStateException("Too many redirects signing in");
  }
}
