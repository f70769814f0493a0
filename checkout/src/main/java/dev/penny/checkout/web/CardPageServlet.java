package dev.penny.checkout.web;

import dev.penny.checkout.payment.CardAttempt;
import dev.penny.checkout.payment.Payment;
import dev.penny.checkout.payment.PaymentNotFoundException;
import dev.penny.checkout.payment.PaymentService;
import dev.penny.checkout.vault.Card;
import dev.penny.checkout.vault.CardRefusedException;
import dev.penny.checkout.vault.Vault;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The card page ({@code /card}) and its 3-D Secure challenge ({@code /challenge}), for the payment
 * and client secret the store put in the frame's address. Card details are posted here, on the
 * zone's origin; the answer is the page again, in the payment's new state.
 */
@WebServlet(urlPatterns = {"/card", "/challenge"})
public class CardPageServlet extends HttpServlet {

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(CardPageServlet.class.getName());

  private static final long serialVersionUID = 1L;

  private static final String DECLINED = "Your card was declined. Try another card.";

  /** What the page says for each decline and refusal code; nothing else is ever shown. */
  private static final Map<String, String> MESSAGES = messages();

  private static Map<String, String> messages() {
    Map<String, String> m = new java.util.HashMap<>();
    m.put("card_declined", DECLINED);
    m.put("insufficient_funds", "Your card has insufficient funds. Try another card.");
    m.put("amount_too_small", "This amount is below the minimum a card can be charged.");
    m.put(
        "test_card_required", "This sandbox accepts only the test cards listed in Penny's README.");
    m.put("acquirer_not_configured", "Card payments are not available here yet.");
    m.put("authentication_failed", "The payment was not confirmed. Try again or use another card.");
    for (dev.penny.checkout.vault.CardRefusal refusal :
        dev.penny.checkout.vault.CardRefusal.values()) {
      m.put(refusal.code(), refusal.message());
    }
    return Map.copyOf(m);
  }

  @Inject PaymentService payments;
  @Inject Vault vault;
  @Inject ClientAddress clientAddress;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!request.getServletPath().equals("/card")) {
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    Optional<Payment> payment = payment(request);
    if (payment.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Payment now;
    try {
      now = payments.refresh(payment.get());
    } catch (RuntimeException e) {
      // Another request (the same form sent several times at once) is finishing the payment right
      // now and won the row: the page shows it as it stands; the janitor finishes what is left.
      LOG.info(() -> "Card page shown without finishing its payment now: " + e);
      now = payment(request).orElse(payment.get());
    }
    Optional<String> error = Optional.ofNullable(request.getParameter("error")).map(MESSAGES::get);
    if (error.isEmpty() && now.status().acceptsCard() && now.declineCode().isPresent()) {
      error = Optional.of(MESSAGES.getOrDefault(now.declineCode().get(), DECLINED));
    }
    render(request, response, now, error);
  }

  /**
   * A card, a saved card or the challenge's answer; then back to the page (post, redirect, get),
   * with the code of a refusal, so that reloading never posts a card twice.
   */
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Payment> found = payment(request);
    if (found.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Payment payment = found.get();
    String error = null;
    try {
      if (request.getServletPath().equals("/challenge")) {
        payment =
            payments.completeChallenge(payment, "pass".equals(request.getParameter("result")));
        if (payment.status().acceptsCard()) {
          error = "authentication_failed";
        }
      } else if (request.getParameter("saved-card") != null) {
        payments.payWithSavedCard(payment, request.getParameter("saved-card"));
      } else {
        boolean save = "yes".equals(request.getParameter("save-card"));
        payments.payWithCard(
            payment,
            new CardAttempt(
                request.getParameter("card-number"),
                request.getParameter("card-expiry"),
                request.getParameter("card-cvc"),
                save ? Optional.of(CardPage.SAVE_CONSENT) : Optional.empty(),
                clientAddress.of(request)));
      }
    } catch (CardRefusedException e) {
      error = e.refusal().code();
    } catch (PaymentNotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (dev.penny.checkout.payment.PaymentStateException e) {
      // The payment moved on while this card was typed (its store voided it, or another tab paid
      // it); nothing was sent to the acquirer. The page shows the payment as it now is.
      LOG.info(
          () -> "Card page post for " + request.getParameter("payment") + ": " + e.getMessage());
    }
    String page =
        request.getContextPath()
            + "/card?payment="
            + payment.publicId()
            + "&secret="
            + java.net.URLEncoder.encode(
                request.getParameter("secret"), java.nio.charset.StandardCharsets.UTF_8)
            + (error == null ? "" : "&error=" + error);
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", page);
  }

  private Optional<Payment> payment(HttpServletRequest request) {
    return payments.forPage(request.getParameter("payment"), request.getParameter("secret"));
  }

  private void render(
      HttpServletRequest request,
      HttpServletResponse response,
      Payment payment,
      Optional<String> error)
      throws IOException {
    List<Card> saved =
        payment.status().acceptsCard() && payment.shopper().isPresent()
            ? vault.savedCards(payment.shopper().get())
            : List.of();
    response.setHeader(
        "Content-Security-Policy", ZoneHeaders.policy("'self'", payment.frameOrigin()));
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/html;charset=UTF-8");
    response
        .getWriter()
        .write(
            CardPage.render(
                request.getContextPath(), payment, request.getParameter("secret"), saved, error));
  }
}
