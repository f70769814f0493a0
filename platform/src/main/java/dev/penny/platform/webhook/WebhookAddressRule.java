package dev.penny.platform.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where a webhook may be delivered, so that a store cannot make Penny call what only Penny can
 * reach (server-side request forgery): an address on the public internet. Loopback, private (10/8,
 * 172.16/12, 192.168/16, fc00::/7), shared (100.64/10), link-local (169.254/16 — the cloud metadata
 * service —, fe80::/10), unspecified, multicast and reserved addresses are refused, however they
 * are written (IPv4-mapped IPv6, NAT64, "127.1", "2130706433"), and so is a host name that resolves
 * to one of them. Names are checked when an endpoint is added if they are literals or local names,
 * and every time a delivery is made (the name may point elsewhere by then).
 *
 * <p>A sandbox or a test whose receivers run on the same machine sets {@code
 * penny.webhooks.allow-private-networks=true}; Penny's own address and link-local addresses (the
 * cloud metadata service is no receiver anyone runs) stay refused either way.
 */
public final class WebhookAddressRule {

  private final boolean allowPrivate;

  public WebhookAddressRule(boolean allowPrivate) {
    this.allowPrivate = allowPrivate;
  }

  /** The rule as configured ({@code penny.webhooks.allow-private-networks}, default false). */
  public static WebhookAddressRule configured() {
    return new WebhookAddressRule(
        ConfigProvider.getConfig()
            .getOptionalValue("penny.webhooks.allow-private-networks", Boolean.class)
            .orElse(false));
  }

  public boolean allowsPrivateNetworks() {
    return allowPrivate;
  }

  /**
   * Why a host may not be named by a webhook address when it is added, judged without asking DNS (a
   * literal address, a local name); empty when it may (a name is checked again on delivery).
   */
  public Optional<String> refusalOf(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    if (allowPrivate) {
      return isLiteral(name) && linkLocal(literal(name))
          ? Optional.of(LINK_LOCAL)
          : Optional.empty();
    }
    if (name.equals("localhost")
        || name.endsWith(".localhost")
        || name.endsWith(".local")
        || name.endsWith(".internal")
        || !name.contains(".") && !name.startsWith("[") && !name.matches("[0-9]+")) {
      return Optional.of("a local host name");
    }
    if (!isLiteral(name)) {
      return Optional.empty();
    }
    try {
      // As curl and C's resolver read it (0177.0.0.1 is 127.0.0.1 there), whatever Java says.
      byte[] v4 = ipv4Of(name);
      return publicAddress(v4 != null ? InetAddress.getByAddress(v4) : InetAddress.getByName(name))
          ? Optional.empty()
          : Optional.of("an address of a private or reserved network");
    } catch (UnknownHostException e) {
      return Optional.of("an address that is not valid");
    }
  }

  /**
   * Why a delivery to {@code host} may not be made now, asking DNS: empty when every address it
   * resolves to is public (or private networks are allowed).
   */
  public Optional<String> deliveryRefusalOf(String host) throws UnknownHostException {
    return deliveryRefusalOf(host, addressesOf(host));
  }

  /**
   * Why a delivery to {@code host}, whose addresses were just resolved as {@code addresses}, may
   * not be made: empty when every one of them is public (or private networks are allowed). The
   * delivery then connects to those addresses only ({@link WebhookPost}).
   */
  public Optional<String> deliveryRefusalOf(String host, List<InetAddress> addresses) {
    Optional<String> named = refusalOf(host);
    if (named.isPresent()) {
      return named;
    }
    for (InetAddress address : addresses) {
      if (linkLocal(address)) {
        return Optional.of("it resolves to " + LINK_LOCAL);
      }
      if (!allowPrivate && !publicAddress(address)) {
        return Optional.of("it resolves to a private or reserved address");
      }
    }
    return Optional.empty();
  }

  /**
   * The addresses a delivery to {@code host} connects to: a literal as C's resolver reads it (as
   * curl would call it), a name as DNS answers now.
   */
  public static List<InetAddress> addressesOf(String host) throws UnknownHostException {
    String name = WebhookPost.bare(host.toLowerCase(Locale.ROOT));
    byte[] v4 = ipv4Of(name);
    if (v4 != null) {
      return List.of(InetAddress.getByAddress(v4));
    }
    return List.of(InetAddress.getAllByName(name));
  }

  private static final String LINK_LOCAL = "a link-local address (such as the metadata service)";

  /** The port an http(s) address is called on: its own, else its scheme's. */
  static int portOf(java.net.URI uri) {
    if (uri.getPort() > 0) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  /**
   * Whether {@code host} names this machine, or resolves (DNS asked) to one of its addresses: a
   * name such as {@code 127.0.0.1.nip.io} is Penny's own machine as much as {@code 127.0.0.1}.
   */
  public static boolean reachesThisMachine(String host) {
    try {
      return reachesThisMachine(host, List.of(InetAddress.getAllByName(host)));
    } catch (UnknownHostException e) {
      return isThisMachine(host);
    }
  }

  /** Whether {@code host}, or one of the addresses it was just resolved to, is this machine. */
  public static boolean reachesThisMachine(String host, List<InetAddress> addresses) {
    if (isThisMachine(host)) {
      return true;
    }
    for (InetAddress address : addresses) {
      String literal = address.getHostAddress();
      int scope = literal.indexOf('%');
      if (scope >= 0) {
        literal = literal.substring(0, scope);
      }
      // As a literal isThisMachine reads: an IPv6 address in brackets ("::1" alone is no host).
      if (isThisMachine(address instanceof java.net.Inet6Address ? "[" + literal + "]" : literal)) {
        return true;
      }
    }
    return false;
  }

  /** A literal host as C's resolver reads it; null when it is no valid address. */
  private static InetAddress literal(String name) {
    try {
      byte[] v4 = ipv4Of(name);
      return v4 != null ? InetAddress.getByAddress(v4) : InetAddress.getByName(name);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /**
   * 169.254/16 or fe80::/10, also inside IPv6 (mapped, compatible, NAT64, 6to4), and the cloud
   * metadata services at other addresses: AWS's IPv6 {@code fd00:ec2::254} and Alibaba's {@code
   * 100.100.100.200}. Refused even where private networks are allowed.
   */
  static boolean linkLocal(InetAddress address) {
    if (address == null) {
      return false;
    }
    byte[] b = address.getAddress();
    if (b.length == 16 && Arrays.equals(b, AWS_METADATA_V6)) {
      return true;
    }
    if (b.length == 16 && embedsIpv4(b)) {
      b = new byte[] {b[12], b[13], b[14], b[15]};
    } else if (b.length == 16 && is6to4(b)) {
      b = new byte[] {b[2], b[3], b[4], b[5]};
    }
    if (b.length == 4) {
      return (b[0] & 0xff) == 169 && (b[1] & 0xff) == 254
          || (b[0] & 0xff) == 100
              && (b[1] & 0xff) == 100
              && (b[2] & 0xff) == 100
              && (b[3] & 0xff) == 200;
    }
    return address.isLinkLocalAddress();
  }

  /** fd00:ec2::254. */
  private static final byte[] AWS_METADATA_V6 = {
    (byte) 0xfd, 0x00, 0x0e, (byte) 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x54
  };

  /** 6to4 (2002::/16): the IPv4 address of the relay's far side is bytes 2 to 5. */
  private static boolean is6to4(byte[] b) {
    return (b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02;
  }

  /**
   * Whether {@code host} names this machine without asking DNS: a loopback name, or an address (in
   * any form Java reads: "2130706433", "0177.0.0.1", "0x7f000001", "[::ffff:127.0.0.1]", NAT64)
   * that is loopback, unspecified ("0", "[::]") or one of this machine's own interfaces.
   */
  static boolean isThisMachine(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    if (name.equals("localhost") || name.endsWith(".localhost")) {
      return true;
    }
    if (!isLiteral(name) && !name.matches("0x[0-9a-f]+(\\.0x[0-9a-f]+|\\.[0-9]+)*")) {
      return false;
    }
    byte[] v4 = ipv4Of(name);
    try {
      InetAddress address = v4 != null ? InetAddress.getByAddress(v4) : InetAddress.getByName(name);
      byte[] b = address.getAddress();
      if (b.length == 16 && embedsIpv4(b)) {
        address = InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
      } else if (b.length == 16 && is6to4(b)) {
        // 6to4 (2002::/16) carries its IPv4 address in bytes 2 to 5: [2002:7f00:1::] is 127.0.0.1.
        address = InetAddress.getByAddress(new byte[] {b[2], b[3], b[4], b[5]});
      }
      return address.isLoopbackAddress()
          || address.isAnyLocalAddress()
          || (address.getAddress()[0] == 0 && address.getAddress().length == 4)
          || java.net.NetworkInterface.getByInetAddress(address) != null;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /**
   * IPv4 as C's inet_aton reads it (and so curl and most HTTP clients): one to four parts, each
   * decimal, octal (leading 0) or hexadecimal (0x), the last filling the remaining bytes. Null when
   * it is no such address.
   */
  static byte[] ipv4Of(String name) {
    String[] parts = name.split("\\.", -1);
    if (parts.length < 1 || parts.length > 4) {
      return null;
    }
    long[] values = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      try {
        if (p.matches("0[xX][0-9a-fA-F]{1,8}")) {
          values[i] = Long.parseLong(p.substring(2), 16);
        } else if (p.matches("0[0-7]{1,11}")) {
          values[i] = Long.parseLong(p, 8);
        } else if (p.matches("[0-9]{1,10}")) {
          values[i] = Long.parseLong(p);
        } else {
          return null;
        }
      } catch (NumberFormatException e) {
        return null;
      }
    }
    long value = 0;
    for (int i = 0; i < parts.length - 1; i++) {
      if (values[i] > 255) {
        return null;
      }
      value = value << 8 | values[i];
    }
    int rest = 4 - (parts.length - 1);
    long last = values[parts.length - 1];
    if (last >= 1L << (8 * rest)) {
      return null;
    }
    value = value << (8 * rest) | last;
    return new byte[] {
      (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value
    };
  }

  /** IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) or NAT64 (64:ff9b::a.b.c.d). */
  private static boolean embedsIpv4(byte[] b) {
    boolean nat64 =
        (b[0] & 0xff) == 0x00
            && (b[1] & 0xff) == 0x64
            && (b[2] & 0xff) == 0xff
            && (b[3] & 0xff) == 0x9b
            && allZero(b, 4, 12);
    boolean mapped = allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    return nat64 || mapped || allZero(b, 0, 12);
  }

  /** A host written as an address (IPv4 in any of Java's numeric forms, or [IPv6]). */
  static boolean isLiteral(String host) {
    return host.matches("[0-9.]+") || host.startsWith("[") && host.endsWith("]");
  }

  /** Whether an address is on the public internet. */
  static boolean publicAddress(InetAddress address) {
    byte[] b = address.getAddress();
    if (b.length == 16) {
      // NAT64 (64:ff9b::/96) and IPv4-compatible (::a.b.c.d) addresses carry an IPv4 address.
      if (embedsIpv4(b)) {
        return publicIpv4(new byte[] {b[12], b[13], b[14], b[15]});
      }
      if (is6to4(b)) {
        return publicIpv4(new byte[] {b[2], b[3], b[4], b[5]});
      }
      int first = b[0] & 0xff;
      boolean localNat64 = // 64:ff9b:1::/48, a network's own translator (RFC 8215)
          first == 0
              && (b[1] & 0xff) == 0x64
              && (b[2] & 0xff) == 0xff
              && (b[3] & 0xff) == 0x9b
              && (b[4] & 0xff) == 0
              && (b[5] & 0xff) == 1;
      boolean teredo = // 2001::/32: a tunnel whose far end is hidden in the address
          first == 0x20 && (b[1] & 0xff) == 0x01 && b[2] == 0 && b[3] == 0;
      boolean discardOnly = first == 0x01 && allZero(b, 1, 8); // 100::/64
      return !(localNat64
          || teredo
          || discardOnly
          || address.isLoopbackAddress()
          || address.isAnyLocalAddress()
          || address.isLinkLocalAddress()
          || address.isSiteLocalAddress()
          || address.isMulticastAddress()
          || (first & 0xfe) == 0xfc // unique local fc00::/7
          || first == 0x20
              && (b[1] & 0xff) == 0x01
              && (b[2] & 0xff) == 0x0d
              && (b[3] & 0xff) == 0xb8); // documentation 2001:db8::/32
    }
    return publicIpv4(b);
  }

  private static boolean publicIpv4(byte[] b) {
    int a = b[0] & 0xff;
    int second = b[1] & 0xff;
    return !(a == 0 // "this network"
        || a == 10
        || a == 127
        || a == 100 && second >= 64 && second <= 127 // shared address space (CGNAT)
        || a == 169 && second == 254 // link-local, cloud metadata
        || a == 172 && second >= 16 && second <= 31
        || a == 192 && second == 168
        || a == 192 && second == 0 && (b[2] & 0xff) == 0 // IETF protocol assignments
        || a == 198 && (second == 18 || second == 19) // benchmarking
        || a >= 224); // multicast, reserved, broadcast
  }

  private static boolean allZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
