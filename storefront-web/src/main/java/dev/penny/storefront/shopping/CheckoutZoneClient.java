package dev.penny.storefront.shopping;

import dev.penny.cart.order.CardPayments;
import dev.penny.cart.order.PaymentUnavailableException;
import dev.penny.money.Money;
import dev.penny.platform.json.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Penny's side of the PCI boundary: calls the checkout zone's API, server to server, with the
 * shared server secret ({@code penny.checkout.api-url}, {@code penny.checkout.api-secret}). Only
 * payment ids, amounts and statuses cross it; a card number never does.
 */
@ApplicationScoped
public class CheckoutZoneClient implements CardPayments {

  private static final Logger LOG = Logger.getLogger(CheckoutZoneClient.class.getName());

  private final Optional<String> apiUrl;
  private final Optional<String> secret;
  private final HttpClient http;

  @Inject
  public CheckoutZoneClient(
      @ConfigProperty(name = "penny.checkout.api-url") Optional<String> apiUrl,
      @ConfigProperty(name = "penny.checkout.api-secret") Optional<String> secret) {
    this.apiUrl = apiUrl;
    this.secret = secret;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  protected CheckoutZoneClient() {
    this.apiUrl = Optional.empty();
    this.secret = Optional.empty();
    this.http = null;
  }

  @Override
  public Session open(
      String store,
      String orderRef,
      Money amount,
      Optional<String> shopper,
      boolean captureAtOnce,
      String frameOrigin) {
    JsonObjectBuilder body =
        Jsonp.JSON
            .createObjectBuilder()
            .add("store", store)
            .add("orderRef", orderRef)
            .add("amount", amount.toPlainString())
            .add("currency", amount.currency().getCurrencyCode())
            .add("captureAtOnce", captureAtOnce)
            .add("frameOrigin", frameOrigin);
    shopper.ifPresent(s -> body.add("shopper", s));
    JsonObject created =
        call("POST", "/payments", Optional.of(body.build().toString()), Optional.empty());
    return new Session(created.getString("id"), created.getString("cardPageUrl"));
  }

  @Override
  public State state(String store, String paymentId) {
    return state(
        call("GET", paymentPath(paymentId, "", store), Optional.empty(), Optional.empty()));
  }

  @Override
  public java.util.List<SavedCard> savedCards(String shopper) {
    JsonObject list =
        call("GET", "/shoppers/" + encode(shopper) + "/cards", Optional.empty(), Optional.empty());
    return list.getJsonArray("data").getValuesAs(JsonObject.class).stream()
        .map(
            c ->
                new SavedCard(
                    c.getString("token"),
                    c.getString("brand"),
                    c.getString("lastFour"),
                    c.getString("expiry")))
        .toList();
  }

  @Override
  public boolean removeSavedCard(String shopper, String token) {
    if (!token.matches("card_[0-9a-f]{32}")) {
      return false;
    }
    try {
      call(
          "DELETE",
          "/shoppers/" + encode(shopper) + "/cards/" + token,
          Optional.empty(),
          Optional.empty());
      return true;
    } catch (PaymentUnavailableException e) {
      return false;
    }
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public String cardPage(String store, String paymentId) {
    return call(
            "POST", paymentPath(paymentId, "/card-page", store), Optional.of(""), Optional.empty())
        .getString("cardPageUrl");
  }

  @Override
  public State capture(String store, String paymentId) {
    return state(
        call("POST", paymentPath(paymentId, "/capture", store), Optional.of(""), Optional.empty()));
  }

  @Override
  public State voidPayment(String store, String paymentId) {
    return state(
        call("POST", paymentPath(paymentId, "/void", store), Optional.of(""), Optional.empty()));
  }

  @Override
  public State refund(String store, String paymentId, Money amount, String key) {
    String body =
        Jsonp.JSON
            .createObjectBuilder()
            .add("amount", amount.toPlainString())
            .add("currency", amount.currency().getCurrencyCode())
            .build()
            .toString();
    return state(
        call(
            "POST", paymentPath(paymentId, "/refund", store), Optional.of(body), Optional.of(key)));
  }

  static String paymentPath(String paymentId, String action, String store) {
    if (!paymentId.matches("pay_[0-9a-f]{1,40}")) {
      throw new PaymentUnavailableException("Not a payment id");
    }
    return "/payments/"
        + paymentId
        + action
        + "?store="
        + URLEncoder.encode(store, StandardCharsets.UTF_8);
  }

  private static State state(JsonObject payment) {
    return new State(
        payment.getString("status"), Optional.ofNullable(payment.getString("declineCode", null)));
  }

  /** How the zone answered a request whose refusal must be told from silence. */
  public enum Answer {
    DONE,
    REFUSED,
    NO_ANSWER
  }

  /**
   * Refunds part of one of Penny's own card charges (a tab's): done, refused by the zone or the
   * acquirer (the same key again is refused again), or no answer (ask again with the same key).
   */
  public Answer refundOwnCharge(String store, String paymentId, Money amount, String key) {
    if (!paymentId.matches("pay_[0-9a-f]{1,40}")) {
      return Answer.REFUSED;
    }
    String body =
        Jsonp.JSON
            .createObjectBuilder()
            .add("amount", amount.toPlainString())
            .add("currency", amount.currency().getCurrencyCode())
            .build()
            .toString();
    try {
      HttpResponse<String> response =
          send(
              "POST",
              "/payments/"
                  + paymentId
                  + "/refund?store="
                  + URLEncoder.encode(store, StandardCharsets.UTF_8),
              Optional.of(body),
              Optional.of(key));
      if (response.statusCode() >= 200 && response.statusCode() < 300) {
        return Answer.DONE;
      }
      return response.statusCode() >= 400 && response.statusCode() < 500
          ? Answer.REFUSED
          : Answer.NO_ANSWER;
    } catch (IOException | RuntimeException e) {
      return Answer.NO_ANSWER;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Answer.NO_ANSWER;
    }
  }

  /** A text document of the zone's API (the sandbox acquirer's settlement file). */
  public String text(String path) {
    try {
      HttpResponse<String> response = send("GET", path, Optional.empty(), Optional.empty());
      if (response.statusCode() != 200) {
        throw new PaymentUnavailableException(
            "The checkout zone has no such document (" + response.statusCode() + ").");
      }
      return response.body();
    } catch (IOException e) {
      throw new PaymentUnavailableException("The checkout zone did not answer.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PaymentUnavailableException("Interrupted");
    }
  }

  private HttpResponse<String> send(
      String method, String path, Optional<String> body, Optional<String> key)
      throws IOException, InterruptedException {
    if (apiUrl.isEmpty() || secret.isEmpty()) {
      throw new PaymentUnavailableException("Card payments are not configured on this server.");
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(apiUrl.get() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + secret.get())
            .header("Accept", "application/json, text/csv;q=0.9")
            .method(
                method,
                body.map(b -> HttpRequest.BodyPublishers.ofString(b))
                    .orElse(HttpRequest.BodyPublishers.noBody()));
    body.ifPresent(b -> request.header("Content-Type", "application/json"));
    key.ifPresent(k -> request.header("Idempotency-Key", k));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  JsonObject call(String method, String path, Optional<String> body, Optional<String> key) {
    try {
      HttpResponse<String> response = send(method, path, body, key);
      if (response.statusCode() == 204) {
        return Jsonp.JSON.createObjectBuilder().build();
      }
      JsonObject json = Jsonp.JSON.createReader(new StringReader(response.body())).readObject();
      if (response.statusCode() >= 300) {
        LOG.warning(
            () ->
                "The checkout zone refused "
                    + method
                    + " "
                    + path.replaceAll("\\?.*", "")
                    + ": "
                    + json.getString("code", "?"));
        throw new PaymentUnavailableException(
            "The payment could not be "
                + (method.equals("GET") ? "read" : "changed")
                + " ("
                + json.getString("code", "error")
                + ").");
      }
      return json;
    } catch (IOException | RuntimeException e) {
      if (e instanceof PaymentUnavailableException p) {
        throw p;
      }
      LOG.warning(() -> "The checkout zone did not answer: " + e.getClass().getSimpleName());
      throw new PaymentUnavailableException(
          "Card payments are unavailable right now; please try again.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PaymentUnavailableException("Interrupted");
    }
  }
}
