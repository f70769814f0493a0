package dev.penny.platform.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * The signed-in person as the identity provider knows them. {@code subject} (the token's {@code
 * sub}) is the stable key a cart, wallet or tab belongs to; the name and e-mail may change.
 */
public record Shopper(
    String subject, String username, Optional<String> name, Optional<String> email) {

  public Shopper {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(username, "username");
    if (subject.isBlank()) {
      throw new IllegalArgumentException("A shopper needs the provider's subject");
    }
  }
}
