package dev.penny.checkout.payment;

import dev.penny.checkout.acquirer.Acquirer;
import dev.penny.checkout.acquirer.AcquirerResult;
import dev.penny.checkout.acquirer.CardDetails;
import dev.penny.checkout.acquirer.Outcome;
import dev.penny.money.Money;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An acquirer that approves everything and keeps its own record of every request by id (a repeat is
 * answered as the first time and done once), and that can make the zone's server "die" just before
 * a request reaches it or just after it has done it and before the answer gets back.
 */
class CrashableAcquirer implements Acquirer {

  /** The zone's server stopped here: nothing after this point of the request ran. */
  static final class Crash extends RuntimeException {
    Crash() {
      super("the server died here");
    }
  }

  enum Kind {
    AUTHORIZE,
    CAPTURE
  }

  private record Done(Kind kind, AcquirerResult result, long micros) {}

  private final Map<String, Done> done = new LinkedHashMap<>();
  private Kind crashBefore;
  private Kind crashAfter;
  private int references;

  /** The next request of {@code kind} never arrives: the server dies while sending it. */
  void crashBefore(Kind kind) {
    crashBefore = kind;
  }

  /** The next request of {@code kind} is done, and the server dies before hearing so. */
  void crashAfter(Kind kind) {
    crashAfter = kind;
  }

  long count(Kind kind) {
    return done.values().stream().filter(d -> d.kind() == kind).count();
  }

  long capturedMicros() {
    return done.values().stream()
        .filter(d -> d.kind() == Kind.CAPTURE)
        .mapToLong(Done::micros)
        .sum();
  }

  @Override
  public AcquirerResult authorize(
      String requestId, CardDetails card, Money amount, boolean authenticated) {
    return handle(Kind.AUTHORIZE, requestId, amount);
  }

  @Override
  public AcquirerResult capture(String requestId, String authorization, Money amount) {
    return handle(Kind.CAPTURE, requestId, amount);
  }

  private AcquirerResult handle(Kind kind, String requestId, Money amount) {
    if (crashBefore == kind) {
      crashBefore = null;
      throw new Crash();
    }
    Done answer =
        done.computeIfAbsent(
            requestId,
            id -> new Done(kind, AcquirerResult.approved("ref_" + ++references), amount.micros()));
    if (crashAfter == kind) {
      crashAfter = null;
      throw new Crash();
    }
    return answer.result();
  }

  @Override
  public AcquirerResult voidAuthorization(String requestId, String authorization) {
    throw new UnsupportedOperationException();
  }

  @Override
  public AcquirerResult refund(String requestId, String authorization, Money amount) {
    throw new UnsupportedOperationException();
  }

  @Override
  public AcquirerResult status(String requestId) {
    Done answer = done.get(requestId);
    return answer == null ? AcquirerResult.of(Outcome.NOT_FOUND) : answer.result();
  }
}
