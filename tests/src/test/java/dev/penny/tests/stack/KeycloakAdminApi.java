package dev.penny.tests.stack;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Reads the test stack's Keycloak through its admin REST API, to check what Penny provisioned there
 * (groups and members of the {@code penny} realm).
 */
public final class KeycloakAdminApi {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String server;
  private final String token;

  private KeycloakAdminApi(String server, String token) {
    this.server = server;
    this.token = token;
  }

  /** Signs in as the stack's bootstrap admin ({@code admin}/{@code admin} in {@code master}). */
  public static KeycloakAdminApi signIn() {
    String server = PennyStack.get().keycloakUrl();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server + "/realms/master/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "grant_type=password&client_id=admin-cli&username=admin&password=admin"))
            .build();
    JsonObject json = Json.createReader(new StringReader(send(request))).readObject();
    return new KeycloakAdminApi(server, json.getString("access_token"));
  }

  /** The user names of a group's members, or empty if there is no such group. */
  public Optional<List<String>> memberNames(String groupPath) {
    HttpRequest byPath = get("/admin/realms/penny/group-by-path" + groupPath);
    HttpResponse<String> group = exchange(byPath);
    if (group.statusCode() == 404) {
      return Optional.empty();
    }
    String id = Json.createReader(new StringReader(group.body())).readObject().getString("id");
    JsonArray members =
        Json.createReader(
                new StringReader(send(get("/admin/realms/penny/groups/" + id + "/members"))))
            .readArray();
    return Optional.of(
        members.getValuesAs(JsonObject.class).stream().map(m -> m.getString("username")).toList());
  }

  public boolean userExists(String username) {
    String body =
        send(
            get(
                "/admin/realms/penny/users?exact=true&username="
                    + URLEncoder.encode(username, StandardCharsets.UTF_8)));
    return !Json.createReader(new StringReader(body)).readArray().isEmpty();
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create(server + path))
        .header("Authorization", "Bearer " + token)
        .GET()
        .build();
  }

  private static String send(HttpRequest request) {
    HttpResponse<String> response = exchange(request);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "Keycloak answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  private static HttpResponse<String> exchange(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
