package dev.penny.tests.stack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A plain HTTP client for the running stack, as an API client or a crawler would use it. */
public final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  private Http() {}

  /** A response, with its body as text. */
  public record Response(int status, String body, HttpHeaders headers) {
    public String contentType() {
      return header("Content-Type");
    }

    /** Whether the response cache answered: {@code hit}, {@code miss}, or empty. */
    public String cache() {
      return header("X-Penny-Cache");
    }

    public JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    /** The first value of a response header, or empty text. */
    public String header(String name) {
      return headers.firstValue(name).orElse("");
    }

    /** Every value of a response header (e.g. each {@code Set-Cookie}). */
    public java.util.List<String> allOf(String name) {
      return headers.allValues(name);
    }
  }

  public static Response get(String path) {
    return get(path, Optional.empty(), Optional.empty());
  }

  /** A request from a browser that has a session: never answered from the response cache. */
  public static Response getWithCookie(String path, String cookie) {
    return get(path, Optional.empty(), Optional.of(cookie));
  }

  /** Sends {@code Host: host:port}, as a browser addressing {@code host} would. */
  public static Response getWithHost(String host, String path) {
    return get(path, Optional.of(host + ":" + PennyStack.get().port()), Optional.empty());
  }

  /** Any request, e.g. an API call with {@code Authorization} and a JSON body (or null). */
  public static Response send(
      String method, String path, java.util.Map<String, String> headers, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PennyStack.get().port() + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return exchange(request);
  }

  /** Sends a body of these exact bytes (which need be no text). */
  public static Response sendBytes(
      String method, String path, java.util.Map<String, String> headers, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PennyStack.get().port() + path))
            .timeout(Duration.ofSeconds(30))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return exchange(request);
  }

  private static Response get(String path, Optional<String> host, Optional<String> cookie) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PennyStack.get().port() + path))
            .timeout(Duration.ofSeconds(30))
            .GET();
    host.ifPresent(h -> request.header("Host", h));
    cookie.ifPresent(c -> request.header("Cookie", c));
    return exchange(request);
  }

  private static Response exchange(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
