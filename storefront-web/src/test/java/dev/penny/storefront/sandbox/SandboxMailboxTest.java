package dev.penny.storefront.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The mailbox page exists only in the sandbox with the launcher's local mail server. */
class SandboxMailboxTest {

  private static final Optional<Integer> PORT = Optional.of(3143);
  private static final Optional<String> USER = Optional.of("sandbox@penny.localhost");
  private static final Optional<String> PASSWORD = Optional.of("secret");

  @Test
  void theSandboxWithTheLocalServerHasAMailbox() {
    assertThat(new SandboxMailbox(true, PORT, USER, PASSWORD).available()).isTrue();
  }

  @Test
  void withTheSandboxOffThereIsNone() {
    assertThat(new SandboxMailbox(false, PORT, USER, PASSWORD).available()).isFalse();
  }

  @Test
  void withARealMailServerThereIsNone() {
    assertThat(
            new SandboxMailbox(true, Optional.empty(), Optional.empty(), Optional.empty())
                .available())
        .isFalse();
  }
}
