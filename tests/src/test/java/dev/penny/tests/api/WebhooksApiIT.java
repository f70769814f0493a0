package dev.penny.tests.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.penny.tests.pages.AdminApiKeysPage;
import dev.penny.tests.stack.Http;
import jakarta.json.JsonObject;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An endpoint's deliveries through the API, page by page: every delivery once, newest first, the
 * cursor of the last page null; a cursor or limit that is not one is a 400.
 */
class WebhooksApiIT {

  private static final String STORE = "demo-coffee";

  @Test
  void anEndpointsDeliveriesArePagedByCursorEachOnce() throws Exception {
    String apiKey = AdminApiKeysPage.newKey(STORE, "owner-coffee", "Webhook pages");
    HttpServer receiver =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/hooks",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
    String endpoint = null;
    try {
      Http.Response added =
          api(
              apiKey,
              "POST",
              "/webhook-endpoints",
              "{\"url\": \"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks\"}");
      assertThat(added.status()).as(added.body()).isEqualTo(201);
      endpoint = added.json().getString("id");
      for (int i = 0; i < 5; i++) {
        assertThat(api(apiKey, "POST", "/webhook-endpoints/" + endpoint + "/test", null).status())
            .isLessThan(300);
      }
      String deliveries = "/webhook-endpoints/" + endpoint + "/deliveries";
      Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
      while (api(apiKey, "GET", deliveries, null).json().getJsonArray("data").size() < 5
          && Instant.now().isBefore(deadline)) {
        Thread.sleep(250);
      }

      List<String> events = new ArrayList<>();
      String cursor = null;
      int pages = 0;
      do {
        JsonObject page =
            api(
                    apiKey,
                    "GET",
                    deliveries + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor),
                    null)
                .json();
        page.getJsonArray("data").forEach(d -> events.add(d.asJsonObject().getString("event")));
        assertThat(page.getJsonArray("data").size()).isBetween(1, 2);
        cursor = page.isNull("next_cursor") ? null : page.getString("next_cursor");
        assertThat(page.getBoolean("has_more")).isEqualTo(cursor != null);
        pages++;
      } while (cursor != null && pages < 10);

      assertThat(pages).isEqualTo(3);
      assertThat(events).hasSize(5).doesNotHaveDuplicates();
      for (String bad :
          new String[] {"?cursor=abc", "?cursor=wd_0", "?cursor=mp_5", "?limit=0", "?limit=101"}) {
        Http.Response refused = api(apiKey, "GET", deliveries + bad, null);
        assertThat(refused.status()).as(bad).isEqualTo(400);
        assertThat(refused.json().getString("code")).as(bad).startsWith("invalid_");
      }
    } finally {
      if (endpoint != null) {
        api(apiKey, "DELETE", "/webhook-endpoints/" + endpoint, null);
      }
      receiver.stop(0);
    }
  }

  private static Http.Response api(String apiKey, String method, String path, String body) {
    Map<String, String> headers =
        body == null
            ? Map.of("Authorization", "Bearer " + apiKey)
            : Map.of("Authorization", "Bearer " + apiKey, "Content-Type", "application/json");
    return Http.send(method, "/api/v1/stores/" + STORE + path, headers, body);
  }
}
