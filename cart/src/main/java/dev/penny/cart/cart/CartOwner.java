package dev.penny.cart.cart;

import dev.penny.platform.crypto.RandomTokens;
import java.util.Optional;

/**
 * Whose cart: a browser's (by the random token in its cart cookie) or a signed-in shopper's (by
 * their identity provider's subject). A token is 256 random bits: unguessable, so it is the guest
 * cart's only key.
 */
public sealed interface CartOwner {

  record Guest(String token) implements CartOwner {
    public Guest {
      if (!isToken(token)) {
        throw new IllegalArgumentException("Not a cart token");
      }
    }
  }

  record Shopper(String subject) implements CartOwner {
    public Shopper {
      if (subject == null || subject.isBlank() || subject.length() > 255) {
        throw new IllegalArgumentException("Not a shopper subject");
      }
    }
  }

  static Guest newGuest() {
    return new Guest(RandomTokens.urlSafe(32));
  }

  /** A guest owner from a cookie's value, if it has the shape of a token; else nothing. */
  static Optional<Guest> guest(String cookieValue) {
    return isToken(cookieValue) ? Optional.of(new Guest(cookieValue)) : Optional.empty();
  }

  private static boolean isToken(String text) {
    return text != null && text.matches("[A-Za-z0-9_-]{43}");
  }
}
