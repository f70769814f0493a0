package dev.penny.platform.identity;

import dev.penny.platform.json.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Penny's calls to Keycloak's admin REST API: store groups ({@code /tenants/{slug}/owner|staff}),
 * users and memberships. The server and realm are those of the sign-in issuer; the admin token
 * comes from {@code penny.keycloak.admin.*} credentials and is reused until shortly before it
 * expires.
 */
@ApplicationScoped
public class KeycloakAdmin {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();
  private final String serverUrl;
  private final String realm;
  private final String adminRealm;
  private final String adminClientId;
  private final String adminUser;
  private final String adminPassword;
  private String token;
  private Instant tokenExpires = Instant.EPOCH;

  @Inject
  public KeycloakAdmin(
      @ConfigProperty(name = "penny.oidc.issuer") String issuer,
      @ConfigProperty(name = "penny.keycloak.admin.realm") String adminRealm,
      @ConfigProperty(name = "penny.keycloak.admin.client-id") String adminClientId,
      @ConfigProperty(name = "penny.keycloak.admin.username") String adminUser,
      @ConfigProperty(name = "penny.keycloak.admin.password") String adminPassword) {
    int realms = issuer == null ? -1 : issuer.indexOf("/realms/");
    this.serverUrl = realms < 0 ? issuer : issuer.substring(0, realms);
    this.realm = realms < 0 ? "" : issuer.substring(realms + "/realms/".length());
    this.adminRealm = adminRealm;
    this.adminClientId = adminClientId;
    this.adminUser = adminUser;
    this.adminPassword = adminPassword;
  }

  /** For CDI's proxy only. */
  protected KeycloakAdmin() {
    this(null, null, null, null, null);
  }

  /** A group by its path, e.g. {@code /tenants/demo-books/staff}. */
  public Optional<String> groupIdByPath(String path) {
    Response r = send("GET", "/group-by-path" + path, null);
    if (r.status() == 404) {
      return Optional.empty();
    }
    r.expect(200, "find group " + path);
    return Optional.of(r.object().getString("id"));
  }

  /** Creates a top-level group, or a child of {@code parentId}, and returns its id. */
  public String createGroup(Optional<String> parentId, String name) {
    String path = parentId.map(id -> "/groups/" + id + "/children").orElse("/groups");
    JsonObject body = Jsonp.JSON.createObjectBuilder().add("name", name).build();
    Response r = send("POST", path, body);
    if (r.status() == 409) {
      throw new KeycloakAdminException("A group named " + name + " exists already");
    }
    r.expect(201, "create group " + name);
    return idFromLocation(r);
  }

  /**
   * Adds {@code uri} to the valid redirect addresses of the OpenID client {@code clientId} (and so
   * to its sign-out return addresses, which the realm takes from them), unless it is there.
   * Keycloak accepts no wildcard in a host name, so each store host is registered by name.
   */
  public synchronized void allowRedirect(String clientId, String uri) {
    Response found = send("GET", "/clients?clientId=" + encode(clientId), null);
    found.expect(200, "find client " + clientId);
    JsonArray clients = found.array();
    if (clients.isEmpty()) {
      throw new KeycloakAdminException("Keycloak has no client " + clientId);
    }
    JsonObject client = clients.getJsonObject(0);
    JsonArray uris = client.getJsonArray("redirectUris");
    if (uris != null
        && uris.getValuesAs(jakarta.json.JsonString.class).stream()
            .anyMatch(u -> u.getString().equals(uri))) {
      return;
    }
    var updated =
        Jsonp.JSON.createArrayBuilder(uris == null ? JsonArray.EMPTY_JSON_ARRAY : uris).add(uri);
    JsonObject body = Jsonp.JSON.createObjectBuilder(client).add("redirectUris", updated).build();
    send("PUT", "/clients/" + client.getString("id"), body)
        .expect(204, "update client " + clientId);
  }

  public void deleteGroup(String groupId) {
    send("DELETE", "/groups/" + groupId, null).expectUnlessGone(204, "delete group");
  }

  public Optional<KeycloakUser> userByEmail(String email) {
    Response r =
        send("GET", "/users?exact=true&briefRepresentation=true&email=" + encode(email), null);
    r.expect(200, "find user");
    JsonArray users = r.array();
    return users.isEmpty() ? Optional.empty() : Optional.of(user(users.getJsonObject(0)));
  }

  public Optional<KeycloakUser> userById(String id) {
    Response r = send("GET", "/users/" + encode(id), null);
    if (r.status() == 404) {
      return Optional.empty();
    }
    r.expect(200, "read user");
    return Optional.of(user(r.object()));
  }

  public void addToGroup(String userId, String groupId) {
    send("PUT", "/users/" + encode(userId) + "/groups/" + groupId, null).expect(204, "join group");
  }

  public void removeFromGroup(String userId, String groupId) {
    send("DELETE", "/users/" + encode(userId) + "/groups/" + groupId, null)
        .expectUnlessGone(204, "leave group");
  }

  /** The paths of the groups the user belongs to, e.g. {@code /tenants/demo-books/staff}. */
  public List<String> groupPathsOf(String userId) {
    Response r =
        send("GET", "/users/" + encode(userId) + "/groups?briefRepresentation=true&max=1000", null);
    if (r.status() == 404) {
      return List.of();
    }
    r.expect(200, "list the user's groups");
    return r.array().getValuesAs(JsonObject.class).stream()
        .map(g -> g.getString("path", ""))
        .toList();
  }

  /** Ends the user's Keycloak sessions, so no silent sign-in carries old memberships on. */
  public void signOutEverywhere(String userId) {
    send("POST", "/users/" + encode(userId) + "/logout", null)
        .expectUnlessGone(204, "sign the user out");
  }

  public List<KeycloakUser> groupMembers(String groupId) {
    Response r =
        send("GET", "/groups/" + groupId + "/members?briefRepresentation=true&max=1000", null);
    r.expect(200, "list members");
    return r.array().getValuesAs(JsonObject.class).stream().map(KeycloakAdmin::user).toList();
  }

  private static KeycloakUser user(JsonObject json) {
    return new KeycloakUser(
        json.getString("id"), json.getString("username", ""), json.getString("email", ""));
  }

  private static String idFromLocation(Response r) {
    String location =
        r.location()
            .orElseThrow(() -> new KeycloakAdminException("Keycloak sent no Location header"));
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private Response send(String method, String path, JsonObject body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(serverUrl + "/admin/realms/" + realm + path))
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + token())
            .header("Accept", "application/json");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    }
    return exchange(request.build(), method + " " + path);
  }

  private synchronized String token() {
    // Keycloak's token lives in real time: never the sandbox's moved clock (a token fetched while
    // the clock was ahead would otherwise be kept, expired, once the clock is set back).
    Instant now = Instant.now();
    if (token != null && now.isBefore(tokenExpires)) {
      return token;
    }
    String form =
        "grant_type=password&client_id="
            + encode(adminClientId)
            + "&username="
            + encode(adminUser)
            + "&password="
            + encode(adminPassword);
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(serverUrl + "/realms/" + adminRealm + "/protocol/openid-connect/token"))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    Response r = exchange(request, "admin sign-in");
    r.expect(200, "admin sign-in as " + adminUser);
    JsonObject json = r.object();
    token = json.getString("access_token");
    tokenExpires = now.plusSeconds(Math.max(0, json.getInt("expires_in", 60) - 15));
    return token;
  }

  private Response exchange(HttpRequest request, String what) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(
          response.statusCode(), response.body(), response.headers().firstValue("Location"));
    } catch (IOException e) {
      throw new KeycloakAdminException("Keycloak is not reachable (" + what + "): " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KeycloakAdminException("Interrupted while calling Keycloak (" + what + ")", e);
    }
  }

  /** A user as Penny needs it: id, user name and email. */
  public record KeycloakUser(String id, String username, String email) {}

  private record Response(int status, String body, Optional<String> location) {
    void expect(int expected, String what) {
      if (status != expected) {
        throw new KeycloakAdminException(
            "Keycloak refused to " + what + " (HTTP " + status + "): " + abbreviated(body));
      }
    }

    /** Like {@link #expect}, but a 404 (already gone, or never there) is fine too. */
    void expectUnlessGone(int expected, String what) {
      if (status != 404) {
        expect(expected, what);
      }
    }

    JsonObject object() {
      return read().asJsonObject();
    }

    JsonArray array() {
      return read().asJsonArray();
    }

    private JsonValue read() {
      try (var reader = Jsonp.JSON.createReader(new StringReader(body))) {
        return reader.readValue();
      }
    }

    private static String abbreviated(String text) {
      return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
  }
}
