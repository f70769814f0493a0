package dev.penny.storefront.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsGateTest {

  private static final String TOKEN = "a-token-of-at-least-thirty-two-characters";

  @Test
  void onlyTheBearerTokenItselfIsLetThrough() {
    assertThat(MetricsGate.allowed("Bearer " + TOKEN, TOKEN)).isTrue();
    assertThat(MetricsGate.allowed(null, TOKEN)).isFalse();
    assertThat(MetricsGate.allowed("", TOKEN)).isFalse();
    assertThat(MetricsGate.allowed(TOKEN, TOKEN)).isFalse();
    assertThat(MetricsGate.allowed("Basic " + TOKEN, TOKEN)).isFalse();
    assertThat(MetricsGate.allowed("Bearer " + TOKEN + "x", TOKEN)).isFalse();
    assertThat(MetricsGate.allowed("Bearer " + TOKEN.substring(1), TOKEN)).isFalse();
    assertThat(MetricsGate.allowed("bearer " + TOKEN, TOKEN)).isFalse();
  }
}
