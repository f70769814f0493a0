package dev.penny.checkout.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private static HttpServletRequest request(String peer, String... forwardedFor) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            ClientAddressTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getRemoteAddr" -> peer;
                  case "getHeaders" ->
                      "X-Forwarded-For".equalsIgnoreCase((String) args[0])
                          ? Collections.enumeration(List.of(forwardedFor))
                          : Collections.emptyEnumeration();
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  @Test
  void aPeerNotTrustedIsTheClientWhateverItForwards() {
    ClientAddress addresses = new ClientAddress(" ");
    assertThat(addresses.of(request("198.51.100.20", "203.0.113.9"))).isEqualTo("198.51.100.20");
    assertThat(new ClientAddress("10.0.0.0/8").of(request("127.0.0.1", "203.0.113.9")))
        .isEqualTo("127.0.0.1");
  }

  @Test
  void aTrustedProxySaysWhichClientItForwarded() {
    ClientAddress addresses = new ClientAddress("127.0.0.1, ::1");
    assertThat(addresses.of(request("127.0.0.1", "203.0.113.9"))).isEqualTo("203.0.113.9");
    assertThat(addresses.of(request("0:0:0:0:0:0:0:1", "2001:db8::7")))
        .isEqualTo("2001:db8:0:0:0:0:0:7");
  }

  @Test
  void onlyTheEntryTheProxyAppendedCountsNotWhatTheClientWrote() {
    ClientAddress addresses = new ClientAddress("127.0.0.1");
    assertThat(addresses.of(request("127.0.0.1", "1.2.3.4, 198.51.100.7")))
        .isEqualTo("198.51.100.7");
    assertThat(addresses.of(request("127.0.0.1", "1.2.3.4", "198.51.100.8")))
        .isEqualTo("198.51.100.8");
  }

  @Test
  void aForwardedValueThatIsNoAddressLeavesThePeer() {
    ClientAddress addresses = new ClientAddress("127.0.0.1");
    assertThat(addresses.of(request("127.0.0.1"))).isEqualTo("127.0.0.1");
    assertThat(addresses.of(request("127.0.0.1", ""))).isEqualTo("127.0.0.1");
    assertThat(addresses.of(request("127.0.0.1", "localhost"))).isEqualTo("127.0.0.1");
    assertThat(addresses.of(request("127.0.0.1", "203.0.113.9, unknown"))).isEqualTo("127.0.0.1");
    assertThat(addresses.of(request("127.0.0.1", "999.1.1.1"))).isEqualTo("127.0.0.1");
  }

  @Test
  void trustedProxiesAreAddressesOrRangesNeverNames() {
    assertThatThrownBy(() -> new ClientAddress("proxy.internal"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ClientAddress("10.0.0.0/33"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ClientAddress("::/129"))
        .isInstanceOf(IllegalArgumentException.class);
    ClientAddress ranges = new ClientAddress("172.16.0.0/12,fd00::/8");
    assertThat(ranges.isTrusted("172.31.255.254")).isTrue();
    assertThat(ranges.isTrusted("172.32.0.1")).isFalse();
    assertThat(ranges.isTrusted("fd12::1")).isTrue();
    assertThat(ranges.isTrusted("fe80::1")).isFalse();
    assertThat(ranges.isTrusted("not-an-address")).isFalse();
  }

  @Property
  void anIpv4RangeHoldsExactlyTheAddressesThatShareItsPrefix(
      @ForAll @IntRange(min = 0, max = 32) int prefix, @ForAll int base, @ForAll int candidate) {
    ClientAddress range = new ClientAddress(dotted(base) + "/" + prefix);
    long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    boolean shares = ((base & mask) == (candidate & mask));
    assertThat(range.isTrusted(dotted(candidate))).isEqualTo(shares);
    assertThat(range.isTrusted(dotted(base))).isTrue();
  }

  private static String dotted(int address) {
    return (address >>> 24)
        + "."
        + ((address >>> 16) & 255)
        + "."
        + ((address >>> 8) & 255)
        + "."
        + (address & 255);
  }
}
