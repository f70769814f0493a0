package dev.penny.checkout.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Only Penny's servers call the API: every request carries {@code Authorization: Bearer} with the
 * shared server secret ({@code penny.checkout.api-secret}), compared in constant time.
 */
@Provider
public class ServerSecretFilter implements ContainerRequestFilter {

  @Inject
  @ConfigProperty(name = "penny.checkout.api-secret")
  String secret;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString("Authorization");
    String expected = "Bearer " + secret;
    if (header == null
        || secret.length() < 32
        || !MessageDigest.isEqual(
            header.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
      request.abortWith(
          ZoneProblems.problem(
              Response.Status.UNAUTHORIZED, "unauthorized", "A server secret is required"));
    }
  }
}
