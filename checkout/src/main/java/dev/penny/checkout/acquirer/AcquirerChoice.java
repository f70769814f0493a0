package dev.penny.checkout.acquirer;

import dev.penny.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which acquirer the zone talks to: the sandbox when {@code penny.sandbox} is on; otherwise none is
 * configured here (a real acquirer's adapter goes in its place), and every card is declined with
 * {@code acquirer_not_configured} rather than pretending.
 */
@ApplicationScoped
public class AcquirerChoice {

  @Produces
  @jakarta.inject.Singleton
  Acquirer acquirer(
      SandboxAcquirer sandboxAcquirer,
      @ConfigProperty(name = "penny.sandbox", defaultValue = "false") boolean sandbox) {
    return sandbox ? sandboxAcquirer : new NoAcquirer();
  }

  /** The absence of a live acquirer, said plainly on every request. */
  static final class NoAcquirer implements Acquirer {
    private static final AcquirerResult NONE = AcquirerResult.declined("acquirer_not_configured");

    @Override
    public AcquirerResult authorize(
        String requestId, CardDetails card, Money amount, boolean authenticated) {
      return NONE;
    }

    @Override
    public AcquirerResult capture(String requestId, String authorization, Money amount) {
      return NONE;
    }

    @Override
    public AcquirerResult voidAuthorization(String requestId, String authorization) {
      return NONE;
    }

    @Override
    public AcquirerResult refund(String requestId, String authorization, Money amount) {
      return NONE;
    }

    @Override
    public AcquirerResult status(String requestId) {
      return AcquirerResult.of(Outcome.NOT_FOUND);
    }
  }
}
