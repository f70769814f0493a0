package dev.penny.checkout.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The API's resources and providers, listed (nothing is scanned from libraries). */
@ApplicationPath("/api/v1")
public class ZoneApi extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(PaymentsResource.class, ServerSecretFilter.class, ZoneProblems.class);
  }
}
