package dev.penny.platform.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.platform.problem.InvalidInputException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookAddressRuleTest {

  private final WebhookEndpoints refusing =
      new WebhookEndpoints(
          Clock.systemUTC(), "https://penny.example:8443", new WebhookAddressRule(false));
  private final WebhookEndpoints sandbox =
      new WebhookEndpoints(
          Clock.systemUTC(), "http://localhost:8080", new WebhookAddressRule(true));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:3306/",
        "http://127.0.1.1/hook",
        "http://2130706433/hook",
        "http://0.0.0.0:8080/",
        "http://0/",
        "http://10.1.2.3/hook",
        "http://172.16.0.1/hook",
        "http://172.31.255.255/hook",
        "http://192.168.1.10/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://100.64.0.1/hook",
        "http://224.0.0.1/hook",
        "http://255.255.255.255/hook",
        "http://[::1]:8080/hook",
        "http://[::]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://[::ffff:169.254.169.254]/hook",
        "http://[64:ff9b::a9fe:a9fe]/hook",
        "http://[::7f00:1]/hook",
        "http://[fd00::1]/hook",
        "http://[fe80::1]/hook",
        // 6to4 carries an IPv4 address: 127.0.0.1, 10.0.0.1, 169.254.169.254.
        "http://[2002:7f00:1::]/hook",
        "http://[2002:a00:1::1]/hook",
        "http://[2002:a9fe:a9fe::]/hook",
        "http://[64:ff9b:1::a00:1]/hook",
        "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/hook",
        "http://[100::1]/hook",
        "http://[fd00:ec2::254]/latest/meta-data/",
        "http://localhost:9000/hook",
        "http://keycloak.localhost/hook",
        "http://metadata.google.internal/computeMetadata/v1/",
        "http://printer.local/hook",
        "http://intranet/hook",
        "http://LOCALHOST./hook"
      })
  void anAddressOnAPrivateOrReservedNetworkIsRefusedWhenAdded(String url) {
    assertThatThrownBy(() -> refusing.check(url))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reachable on the internet");
  }

  @org.junit.jupiter.api.Test
  void aShortenedLoopbackAddressIsRefusedToo() {
    // Java's URI reads no host in "127.1" (refused as malformed); the rule refuses the literal.
    assertThatThrownBy(() -> refusing.check("http://127.1/hook"))
        .isInstanceOf(InvalidInputException.class);
    assertThat(new WebhookAddressRule(false).refusalOf("127.1")).isPresent();
  }

  /** An address is ASCII: a raw U+202E could show it reversed in the list ("gnp.exe"). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.com/\u202egnp.exe",
        "https://b\u00fccher.example/hooks",
        "https://example.com/caf\u00e9",
        "https://example.com/a\u00a0b"
      })
  void anAddressThatIsNotAsciiIsRefused(String url) {
    assertThatThrownBy(() -> refusing.check(url))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ASCII");
    assertThat(refusing.check("https://xn--bcher-kva.example/caf%C3%A9").getHost())
        .isEqualTo("xn--bcher-kva.example");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.com/hooks",
        "http://93.184.216.34/hook",
        "https://[2606:4700::6810:85e5]/hook",
        "https://[2002:5db8:d822::1]/hook",
        "https://hooks.merchant.example:8443/penny"
      })
  void aPublicAddressIsTaken(String url) {
    assertThat(refusing.check(url).toString()).isEqualTo(url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:9000/hook", "http://192.168.1.10/hook"})
  void aSandboxMayDeliverToItsOwnNetworkButNotToPennyItself(String url) {
    assertThat(sandbox.check(url).toString()).isEqualTo(url);
    assertThatThrownBy(() -> sandbox.check("http://127.0.0.1:8080/api/v1"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Penny itself");
    // Penny's own address in its 6to4 spelling is Penny too (a sandbox allowed it).
    assertThatThrownBy(() -> sandbox.check("http://[2002:7f00:1::]:8080/"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Penny itself");
  }

  /** The metadata service is no receiver a sandbox runs: link-local stays refused there too. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://169.254.169.254/latest/meta-data/",
        "http://169.254.1.1:9000/hook",
        "http://[::ffff:169.254.169.254]/",
        "http://[fe80::1]/hook",
        "http://[fd00:ec2::254]/latest/meta-data/",
        "http://[2002:a9fe:a9fe::]/",
        "http://100.100.100.200/latest/meta-data/"
      })
  void aSandboxStillRefusesLinkLocalAddresses(String url) {
    assertThatThrownBy(() -> sandbox.check(url)).isInstanceOf(InvalidInputException.class);
  }

  @org.junit.jupiter.api.Test
  void aDeliveryToALinkLocalAddressIsRefusedEvenInASandbox() throws UnknownHostException {
    assertThat(new WebhookAddressRule(true).deliveryRefusalOf("169.254.169.254")).isPresent();
  }

  /** Penny's own port on this machine, however the address is written, even in a sandbox. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://2130706433:8080/api/v1",
        "http://0177.0.0.1:8080/",
        "http://0x7f000001:8080/",
        "http://127.0.0.1:8080/",
        "http://[::ffff:127.0.0.1]:8080/",
        "http://[::ffff:7f00:1]:8080/",
        "http://[64:ff9b::7f00:1]:8080/",
        "http://[::1]:8080/",
        "http://[::]:8080/",
        "http://0:8080/",
        "http://0.0.0.0:8080/",
        "http://localhost.:8080/",
        "http://demo-books.localhost:8080/"
      })
  void pennyItselfIsRefusedHoweverItsAddressIsWritten(String url) {
    assertThatThrownBy(() -> sandbox.check(url))
        .as(url)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Penny itself");
    if (!url.contains("localhost")) {
      // (Penny's own host name is refused on any port.)
      assertThat(sandbox.check(url.replace(":8080/", ":9000/")).toString())
          .as("the same machine on another port: a sandbox's own receiver")
          .contains(":9000/");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"http://example.com:0/", "http://example.com:65536/", "http://example.com:99999/"})
  void aPortOutsideItsRangeIsRefused(String url) {
    assertThatThrownBy(() -> refusing.check(url)).isInstanceOf(InvalidInputException.class);
  }

  @org.junit.jupiter.api.Test
  void ipv4IsReadAsCurlReadsIt() {
    assertThat(WebhookAddressRule.ipv4Of("2130706433")).containsExactly(127, 0, 0, 1);
    assertThat(WebhookAddressRule.ipv4Of("0177.0.0.1")).containsExactly(127, 0, 0, 1);
    assertThat(WebhookAddressRule.ipv4Of("0x7f.1")).containsExactly(127, 0, 0, 1);
    assertThat(WebhookAddressRule.ipv4Of("10.1")).containsExactly(10, 0, 0, 1);
    assertThat(WebhookAddressRule.ipv4Of("256.0.0.1")).isNull();
    assertThat(WebhookAddressRule.ipv4Of("4294967296")).isNull();
    assertThat(WebhookAddressRule.ipv4Of("example.com")).isNull();
    assertThat(new WebhookAddressRule(false).refusalOf("0177.0.0.1")).isPresent();
  }

  @Property
  void everyIpv4AddressInAPrivateRangeIsRefusedWhateverItsLastOctets(
      @ForAll @IntRange(min = 0, max = 255) int c, @ForAll @IntRange(min = 0, max = 255) int d)
      throws UnknownHostException {
    for (int[] prefix :
        new int[][] {
          {10, c}, {127, c}, {169, 254}, {192, 168}, {172, 16 + c % 16}, {100, 64 + c % 64}
        }) {
      InetAddress address =
          InetAddress.getByAddress(
              new byte[] {(byte) prefix[0], (byte) prefix[1], (byte) c, (byte) d});
      assertThat(WebhookAddressRule.publicAddress(address)).as(address.toString()).isFalse();
      // The same address inside IPv6 (NAT64) is refused too.
      InetAddress nat64 =
          InetAddress.getByAddress(
              new byte[] {
                0,
                0x64,
                (byte) 0xff,
                (byte) 0x9b,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                (byte) prefix[0],
                (byte) prefix[1],
                (byte) c,
                (byte) d
              });
      assertThat(WebhookAddressRule.publicAddress(nat64)).as(nat64.toString()).isFalse();
    }
  }

  @Property
  void addressesJustOutsideThePrivateRangesArePublic(@ForAll @IntRange(min = 0, max = 255) int c)
      throws UnknownHostException {
    for (int[] prefix : new int[][] {{11, c}, {172, 15}, {172, 32}, {192, 169}, {100, 128}}) {
      InetAddress address =
          InetAddress.getByAddress(new byte[] {(byte) prefix[0], (byte) prefix[1], (byte) c, 1});
      assertThat(WebhookAddressRule.publicAddress(address)).as(address.toString()).isTrue();
    }
  }

  @org.junit.jupiter.api.Test
  void aDeliveryToANameThatResolvesToLoopbackIsRefused() throws UnknownHostException {
    // "localhost" is refused by name; an IPv4 literal resolves to itself without DNS.
    assertThat(new WebhookAddressRule(false).deliveryRefusalOf("127.0.0.1")).isPresent();
    assertThat(new WebhookAddressRule(false).deliveryRefusalOf("93.184.216.34")).isEmpty();
    assertThat(new WebhookAddressRule(true).deliveryRefusalOf("127.0.0.1")).isEmpty();
  }

  /** A name that resolves to this machine over IPv6 is Penny itself too. */
  @org.junit.jupiter.api.Test
  void anAddressOfThisMachineInIpv6IsPennyItself() throws UnknownHostException {
    assertThat(
            WebhookAddressRule.reachesThisMachine(
                "hooks.example", java.util.List.of(InetAddress.getByName("::1"))))
        .isTrue();
    assertThat(
            WebhookAddressRule.reachesThisMachine(
                "hooks.example", java.util.List.of(InetAddress.getByName("::ffff:127.0.0.1"))))
        .isTrue();
    assertThat(
            WebhookAddressRule.reachesThisMachine(
                "hooks.example", java.util.List.of(InetAddress.getByName("2606:4700::6810:85e5"))))
        .isFalse();
  }
}
