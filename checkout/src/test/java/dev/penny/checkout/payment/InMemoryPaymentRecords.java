package dev.penny.checkout.payment;

import dev.penny.money.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The payments table and request journal without a database: each method is one committed change,
 * as {@link PaymentRecords}' transactions of their own are, so a test can stop a payment between
 * any two of them as a crash would.
 */
class InMemoryPaymentRecords extends PaymentRecords {

  private final Map<String, Payment> payments = new HashMap<>();
  private final Map<String, Optional<String>> requests = new HashMap<>();

  InMemoryPaymentRecords(Clock clock) {
    super(clock);
  }

  @Override
  public Payment add(Payment payment) {
    boolean taken =
        payments.values().stream()
            .anyMatch(
                p -> p.store().equals(payment.store()) && p.orderRef().equals(payment.orderRef()));
    if (taken) {
      throw new IllegalStateException("Duplicate entry for uq_payment_reference");
    }
    payments.put(payment.publicId(), payment);
    return payment;
  }

  @Override
  public Optional<Payment> find(String publicId) {
    return Optional.ofNullable(payments.get(publicId));
  }

  @Override
  public Optional<Payment> byReference(String store, String orderRef) {
    return payments.values().stream()
        .filter(p -> p.store().equals(store) && p.orderRef().equals(orderRef))
        .findFirst();
  }

  @Override
  public Payment change(String publicId, Consumer<Payment> change) {
    Payment payment = find(publicId).orElseThrow(PaymentNotFoundException::new);
    change.accept(payment);
    return payment;
  }

  @Override
  public Payment changeAndRequest(
      String publicId, Consumer<Payment> change, String requestId, String kind, Money amount) {
    Payment payment = change(publicId, change);
    request(requestId, publicId, kind, amount);
    return payment;
  }

  @Override
  public Payment answered(
      String requestId, String outcome, String publicId, Consumer<Payment> change) {
    Payment payment = change(publicId, change);
    answered(requestId, outcome);
    return payment;
  }

  @Override
  public List<String> unfinishedSince(Instant before) {
    return payments.values().stream()
        .filter(
            p ->
                p.status() == PaymentStatus.UNKNOWN
                    || (p.status() == PaymentStatus.AUTHORIZED && p.captureAtOnce()))
        .filter(p -> p.updatedAt().isBefore(before))
        .map(Payment::publicId)
        .toList();
  }

  @Override
  public boolean request(String requestId, String paymentId, String kind, Money amount) {
    return requests.putIfAbsent(requestId, Optional.empty()) == null;
  }

  @Override
  public Optional<String> outcome(String requestId) {
    return requests.getOrDefault(requestId, Optional.empty());
  }

  @Override
  public void answered(String requestId, String outcome) {
    requests.put(requestId, Optional.of(outcome));
  }
}
