package dev.penny.payments.reconciliation;

import dev.penny.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * The acquirer's settlement file of one day: every capture and refund it settled, by request id,
 * and the merchant (store) each was for; Penny's own charges are {@value #PENNY}'s. Implemented by
 * the web module's client of the checkout zone (the sandbox acquirer's file).
 */
public interface AcquirerFile {

  String PENNY = "penny";

  /** One settled movement: a capture (positive) or a refund (negative). */
  record Line(String requestId, String kind, Money amount, String merchant) {

    /** The payment the request belongs to ({@code pay_..} before the first dash). */
    public String paymentId() {
      int dash = requestId.indexOf('-');
      return dash < 0 ? requestId : requestId.substring(0, dash);
    }
  }

  /** The file of {@code day}; throws when the acquirer cannot be reached or has no file. */
  List<Line> lines(LocalDate day);
}
