package dev.penny.storefront.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.penny.money.Money;
import dev.penny.payments.charging.TabCharger;
import dev.penny.payments.ledger.AccountRef;
import dev.penny.payments.ledger.LedgerAccounts;
import dev.penny.payments.purchase.Funding;
import dev.penny.payments.purchase.MicroPurchaseService;
import dev.penny.payments.purchase.Payer;
import dev.penny.payments.purchase.Sale;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.InvalidInputException;
import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.TenantScope;
import dev.penny.platform.webhook.WebhookDelivery;
import dev.penny.platform.webhook.WebhookDispatcher;
import dev.penny.platform.webhook.WebhookEndpoint;
import dev.penny.platform.webhook.WebhookEndpoints;
import dev.penny.platform.webhook.WebhookSignature;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks against the real database and a receiver on loopback: a tab charge writes a signed
 * {@code tab.charged} event in its own transaction, delivered once with a signature the receiver
 * verifies; an endpoint that fails is retried with back-off; a rotated secret signs beside the old
 * one; addresses that are not http(s) or point at Penny itself are refused.
 */
@ExtendWith(ArquillianExtension.class)
class WebhooksIT {

  private static final java.util.Currency USD = java.util.Currency.getInstance("USD");

  @Inject Stores stores;
  @Inject WebhookEndpoints endpoints;
  @Inject WebhookDispatcher dispatcher;
  @Inject TabCharger charger;
  @Inject LedgerAccounts accounts;
  @Inject MicroPurchaseService purchases;
  @Inject dev.penny.platform.webhook.WebhookOutbox orderOutbox;
  @Inject jakarta.transaction.UserTransaction transaction;
  @Inject Concurrently concurrently;

  @Resource(lookup = "java:app/jdbc/penny")
  DataSource dataSource;

  private ActiveTenant store;

  /** What the receiver got: body and signature header. */
  record Received(String body, String signature) {}

  @Test
  void aTabChargeIsDeliveredSignedOnceAndAFailingEndpointIsRetried() throws Exception {
    ActiveTenant store = stores.open("USD");
    List<Received> received = new CopyOnWriteArrayList<>();
    HttpServer good = receiver(received, 200);
    HttpServer bad = receiver(new CopyOnWriteArrayList<>(), 503);
    try {
      WebhookEndpoint endpoint = endpoints.add(store.id(), url(good));
      WebhookEndpoint failing = endpoints.add(store.id(), url(bad));
      String shopper = "hook-" + UUID.randomUUID();
      long tab = openTab(shopper);
      TenantScope.runAs(
          store.id(),
          () ->
              purchases.buy(
                  store,
                  Sale.metered("call", Money.parse("5.00", USD)),
                  Payer.onPage(shopper, Funding.TAB),
                  "a"));
      assertThat(charger.chargeIfDue(tab)).isNotEmpty();
      this.store = store;

      // The server's own sweep delivers too (every 3 s); a lease keeps it to one sender.
      await(() -> received.stream().anyMatch(r -> r.body().contains("\"tab.charged\"")));
      await(
          () ->
              endpoints.deliveries(store.id(), Optional.of(failing.id()), 10).stream()
                  .anyMatch(d -> d.attempts() == 1));

      List<Received> charged =
          received.stream().filter(r -> r.body().contains("\"tab.charged\"")).toList();
      assertThat(charged).hasSize(1);
      Received delivery = charged.get(0);
      String secret = endpoint.secret().orElseThrow();
      assertThat(
              WebhookSignature.verify(
                  delivery.signature(), delivery.body(), secret, Instant.now().getEpochSecond()))
          .isTrue();
      assertThat(
              WebhookSignature.verify(
                  delivery.signature(),
                  delivery.body(),
                  secret,
                  Instant.now().getEpochSecond() + 600))
          .as("a replay ten minutes later is refused")
          .isFalse();
      JsonObject event = Json.createReader(new StringReader(delivery.body())).readObject();
      assertThat(event.getJsonObject("data").getString("collected")).isEqualTo("5.00");

      WebhookDelivery retried =
          endpoints.deliveries(store.id(), Optional.of(failing.id()), 10).get(0);
      assertThat(retried.status()).isEqualTo("PENDING");
      assertThat(retried.attempts()).isEqualTo(1);
      assertThat(retried.lastStatus()).contains(503);

      // Removed, the failing endpoint is sent nothing more, and says why.
      endpoints.remove(store.id(), failing.id());
      WebhookDelivery ended =
          endpoints.deliveries(store.id(), Optional.of(failing.id()), 10).get(0);
      assertThat(ended.status()).isEqualTo("FAILED");
      assertThat(ended.lastError()).hasValueSatisfying(e -> assertThat(e).contains("removed"));

      WebhookEndpoint rotated = endpoints.rotate(store.id(), endpoint.id());
      endpoints.sendTest(store.id(), endpoint.id());
      await(() -> received.stream().anyMatch(r -> r.body().contains("\"webhook.test\"")));
      Received test =
          received.stream()
              .filter(r -> r.body().contains("\"webhook.test\""))
              .findFirst()
              .orElseThrow();
      long now = Instant.now().getEpochSecond();
      assertThat(WebhookSignature.verify(test.signature(), test.body(), secret, now)).isTrue();
      assertThat(
              WebhookSignature.verify(
                  test.signature(), test.body(), rotated.secret().orElseThrow(), now))
          .isTrue();
    } finally {
      good.stop(0);
      bad.stop(0);
    }
  }

  @Test
  void addsSentAtOnceNeverGiveAStoreMoreThanTenEndpoints() throws Exception {
    ActiveTenant store = stores.open("USD");
    for (int i = 0; i < 8; i++) {
      endpoints.add(store.id(), "https://example.com/hooks-" + i);
    }
    List<java.util.function.Supplier<?>> adds = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String url = "https://example.com/rush-" + i;
      adds.add(() -> endpoints.add(store.id(), url));
    }

    List<Object> results = concurrently.run(adds);

    assertThat(results).filteredOn(WebhookEndpoint.class::isInstance).hasSize(2);
    assertThat(results)
        .filteredOn(r -> !(r instanceof WebhookEndpoint))
        .hasSize(10)
        .allSatisfy(
            r ->
                assertThat(r).isInstanceOf(dev.penny.platform.problem.InvalidInputException.class));
    assertThat(endpoints.list(store.id())).hasSize(10);
  }

  @Test
  void aChargeAcrossStoresWritesEventsOnlyForTheStoresThatListen() throws Exception {
    ActiveTenant listening = stores.open("USD");
    ActiveTenant silent = stores.open("USD");
    ActiveTenant removed = stores.open("USD");
    endpoints.add(listening.id(), "https://example.com/hooks");
    WebhookEndpoint gone = endpoints.add(removed.id(), "https://example.com/gone");
    endpoints.remove(removed.id(), gone.id());
    String shopper = "hook-" + UUID.randomUUID();
    long tab = openTab(shopper);
    for (ActiveTenant store : List.of(listening, silent, removed)) {
      TenantScope.runAs(
          store.id(),
          () ->
              purchases.buy(
                  store,
                  Sale.metered("call", Money.parse("2.00", USD)),
                  Payer.onPage(shopper, Funding.TAB),
                  "buy-" + store.id()));
    }
    assertThat(charger.chargeIfDue(tab))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.status())
                    .isEqualTo(dev.penny.payments.charging.ChargeStatus.SUCCEEDED));

    assertThat(events(listening.id())).containsExactly("tab.charged");
    assertThat(events(silent.id())).as("a store without an endpoint").isEmpty();
    assertThat(events(removed.id())).as("a store whose only endpoint was removed").isEmpty();
  }

  /** The outbox that orders write to (through JPA) skips a store that listens to nothing too. */
  @Test
  void theOrdersOutboxWritesEventsOnlyForTheStoresThatListen() throws Exception {
    ActiveTenant listening = stores.open("USD");
    ActiveTenant silent = stores.open("USD");
    endpoints.add(listening.id(), "https://example.com/orders");
    JsonObject paid = Json.createObjectBuilder().add("order", "1001").build();

    transaction.begin();
    try {
      orderOutbox.publish(listening.id(), "order.paid", paid);
      orderOutbox.publish(silent.id(), "order.paid", paid);
      transaction.commit();
    } catch (RuntimeException e) {
      transaction.rollback();
      throw e;
    }

    assertThat(events(listening.id())).containsExactly("order.paid");
    assertThat(events(silent.id())).as("a store without an endpoint").isEmpty();
  }

  /** The types of the events written for a store, oldest first. */
  private List<String> events(long tenantId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT type FROM webhook_event WHERE tenant_id = ? ORDER BY id")) {
      s.setLong(1, tenantId);
      try (java.sql.ResultSet rs = s.executeQuery()) {
        List<String> types = new java.util.ArrayList<>();
        while (rs.next()) {
          types.add(rs.getString(1));
        }
        return types;
      }
    }
  }

  @Test
  void anAddressThatIsNotHttpOrIsPennyItselfIsRefused() {
    ActiveTenant store = stores.open("USD");
    for (String url :
        List.of(
            "ftp://example.com/hook",
            "javascript:alert(1)",
            "https://user:pw@example.com/hook",
            "not a url",
            "http://localhost:" + System.getProperty("penny.it.http.port", "8080") + "/api/v1",
            "http://localhost:8080/api/v1/stores",
            "http://demo-books.localhost:8080/hook",
            // An IPv6 zone names a link of this machine, whatever the address.
            "http://[::1%25lo]:9/hook",
            "http://[fe80::1%25eth0]/hook",
            "http://[fd00:ec2::254%25eth0]/latest/meta-data",
            "https://example.com/" + "a".repeat(500))) {
      assertThatThrownBy(() -> endpoints.add(store.id(), url))
          .as(url)
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_WEBHOOK_URL));
    }
    assertThat(endpoints.list(store.id())).isEmpty();
    ActiveTenant other = stores.open("USD");
    WebhookEndpoint endpoint = endpoints.add(store.id(), "https://example.com/hooks");
    assertThatThrownBy(() -> endpoints.remove(other.id(), endpoint.id()))
        .isInstanceOf(dev.penny.platform.problem.ItemNotFoundException.class);
    assertThat(endpoints.list(store.id())).hasSize(1);
  }

  /**
   * An endpoint that answers its head and then never ends its body holds nothing: the delivery is
   * done on the status. One that does not answer at all is tried once per sweep; its other
   * deliveries wait a minute without an attempt counted, so that they hold no other store's.
   */
  @Test
  void aSlowOrSilentEndpointHoldsNoSweep() throws Exception {
    this.store = stores.open("USD");
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    HttpServer dripping =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    dripping.createContext(
        "/hook",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.sendResponseHeaders(200, 0);
          exchange.getResponseBody().write('x');
          exchange.getResponseBody().flush();
          try {
            release.await(120, java.util.concurrent.TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.close();
        });
    dripping.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    dripping.start();
    int closedPort;
    try (java.net.ServerSocket probe =
        new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = probe.getLocalPort();
    }
    java.util.concurrent.ExecutorService sweep =
        java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      WebhookEndpoint slow = endpoints.add(store.id(), url(dripping));
      WebhookEndpoint silent =
          endpoints.add(store.id(), "http://127.0.0.1:" + closedPort + "/hook");
      endpoints.sendTest(store.id(), slow.id());
      for (int i = 0; i < 3; i++) {
        endpoints.sendTest(store.id(), silent.id());
      }
      // Would block until the receiver is released if the body were read.
      sweep.submit(dispatcher::dispatch).get(60, java.util.concurrent.TimeUnit.SECONDS);

      assertThat(endpoints.deliveries(store.id(), Optional.of(slow.id()), 10))
          .singleElement()
          .satisfies(d -> assertThat(d.status()).isEqualTo("DELIVERED"));
      List<WebhookDelivery> held = endpoints.deliveries(store.id(), Optional.of(silent.id()), 10);
      assertThat(held).hasSize(3).allSatisfy(d -> assertThat(d.status()).isEqualTo("PENDING"));
      // One attempt, the others held back (two when the server's own sweep took one at the same
      // instant); without the hold-back all three would be tried.
      assertThat(held.stream().mapToInt(WebhookDelivery::attempts).sum())
          .as("one attempt in the sweep, the others held back")
          .isBetween(1, 2);
      assertThat(held.stream().filter(d -> d.attempts() == 1).findFirst().orElseThrow().lastError())
          .hasValueSatisfying(e -> assertThat(e).contains("refused"));
    } finally {
      release.countDown();
      sweep.shutdownNow();
      dripping.stop(0);
    }
  }

  /**
   * A store whose receivers accept the connection and never answer holds back no other store: the
   * sweep posts each endpoint on its own and returns while the silent ones are still waited for (a
   * sweep that waited them out in turn returned only after their timeouts, with their attempts
   * counted).
   */
  @Test
  void aSilentReceiverOfOneStoreHoldsBackNoOtherStore() throws Exception {
    ActiveTenant quiet = stores.open("USD");
    this.store = stores.open("USD");
    List<java.net.Socket> held = new CopyOnWriteArrayList<>();
    java.net.ServerSocket silent =
        new java.net.ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor =
        new Thread(
            () -> {
              while (!silent.isClosed()) {
                try {
                  held.add(silent.accept());
                } catch (IOException closed) {
                  return;
                }
              }
            });
    acceptor.start();
    List<Received> received = new CopyOnWriteArrayList<>();
    HttpServer good = receiver(received, 200);
    try {
      List<WebhookEndpoint> silentOnes = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        WebhookEndpoint endpoint =
            endpoints.add(quiet.id(), "http://127.0.0.1:" + silent.getLocalPort() + "/hook" + i);
        endpoints.sendTest(quiet.id(), endpoint.id());
        silentOnes.add(endpoint);
      }
      WebhookEndpoint listening = endpoints.add(store.id(), url(good));
      endpoints.sendTest(store.id(), listening.id());

      dispatcher.dispatch();

      assertThat(endpoints.deliveries(store.id(), Optional.of(listening.id()), 10))
          .singleElement()
          .satisfies(d -> assertThat(d.status()).isEqualTo("DELIVERED"));
      assertThat(received).hasSize(1);
      for (WebhookEndpoint endpoint : silentOnes) {
        assertThat(endpoints.deliveries(quiet.id(), Optional.of(endpoint.id()), 10))
            .as("still being waited for when the sweep returned")
            .singleElement()
            .satisfies(
                d -> {
                  assertThat(d.status()).isEqualTo("PENDING");
                  assertThat(d.attempts()).isZero();
                });
      }
      assertThat(held).as("every silent endpoint was called at once").hasSize(3);
    } finally {
      silent.close();
      for (java.net.Socket socket : held) {
        socket.close();
      }
      good.stop(0);
    }
  }

  /** Dispatches (as the sweep does) until {@code done}, for at most 15 seconds. */
  private void await(java.util.function.BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + 15_000_000_000L;
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "Not delivered in time: " + endpoints.deliveries(store.id(), Optional.empty(), 20));
      }
      dispatcher.dispatch();
      Thread.sleep(100);
    }
  }

  private static HttpServer receiver(List<Received> received, int status) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          received.add(
              new Received(
                  new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                  exchange.getRequestHeaders().getFirst("Penny-Signature")));
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
    return server;
  }

  private static String url(HttpServer server) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  private long openTab(String shopper) throws SQLException {
    long account = accounts.open(AccountRef.tab(shopper, USD), OptionalLong.of(-15_000_000L));
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO tab (account_id, shopper, currency, card_token, card_label,"
                    + " consent_version, consent_wording, consented_at)"
                    + " VALUES (?, ?, 'USD', 'card_ok', 'Visa •••• 4242', 'test', 'test', NOW(6))")) {
      s.setLong(1, account);
      s.setString(2, shopper);
      s.executeUpdate();
    }
    return account;
  }
}
