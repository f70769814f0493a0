package dev.penny.httpguard;

import java.util.logging.Logger;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;

/**
 * Installs the guard in every HTTP listener Payara builds. Payara offers no setting for a filter of
 * one's own in front of its HTTP handler; it does look its add-ons up by name in HK2 and hand each
 * the listener's filter chain. This jar's {@code META-INF/hk2-locator/default} registers this class
 * as the add-on named {@code comet} with a higher rank than Payara's own (Penny does not use
 * Comet), and the launcher loads the jar into Payara before it boots. A Payara upgrade can change
 * this lookup: {@code GuardedListenerIT} and the fuzz test fail if the guard is no longer in place.
 */
public class RequestGuardAddOn implements AddOn {

  private static final Logger LOG = Logger.getLogger(RequestGuardAddOn.class.getName());

  @Override
  public void setup(NetworkListener listener, FilterChainBuilder builder) {
    int server = builder.indexOfType(org.glassfish.grizzly.http.server.HttpServerFilter.class);
    int codec = builder.indexOfType(org.glassfish.grizzly.http.HttpServerFilter.class);
    if (server < 0 || codec < 0) {
      LOG.warning(
          "Penny's request guard found no HTTP filters in a listener's chain: not in place");
      return;
    }
    builder.add(server, new RequestGuardFilter());
    org.glassfish.grizzly.http.HttpServerFilter http =
        (org.glassfish.grizzly.http.HttpServerFilter) builder.get(codec);
    http.getMonitoringConfig().addProbes(new UnsupportedVersionProbe());
    // A GET or DELETE with a body (some clients send "{}" or a Content-Type with one) would get an
    // empty 400 from the codec; the body is read past and the request served as without it.
    http.setAllowPayloadForUndefinedHttpMethods(true);
    // Payara passes no listener (null): the chain is all there is to go by.
    LOG.info("Penny's request guard is in place");
  }
}
