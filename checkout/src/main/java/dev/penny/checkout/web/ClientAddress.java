package dev.penny.checkout.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request comes from, as the card attempt limits count it: the connection's peer; or,
 * when that peer is a proxy Penny was told to trust ({@code penny.trusted-proxies}, addresses and
 * ranges such as {@code 127.0.0.1} or {@code 10.0.0.0/8}), the address that proxy appended to
 * {@code X-Forwarded-For} (the list's last entry: the ones before it come from the client, who can
 * write anything there). Nothing is trusted by default, so a client cannot pick its own address.
 */
@ApplicationScoped
public class ClientAddress {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private final List<Range> trusted;

  @Inject
  public ClientAddress(
      @ConfigProperty(name = "penny.trusted-proxies", defaultValue = " ") String proxies) {
    this.trusted = ranges(proxies);
  }

  protected ClientAddress() {
    this.trusted = List.of();
  }

  /** The client's address for this request. */
  public String of(HttpServletRequest request) {
    String peer = request.getRemoteAddr();
    if (!isTrusted(peer)) {
      return peer;
    }
    List<String> forwarded = Collections.list(request.getHeaders("X-Forwarded-For"));
    if (forwarded.isEmpty()) {
      return peer;
    }
    String list = forwarded.get(forwarded.size() - 1);
    String last = list.substring(list.lastIndexOf(',') + 1).strip();
    return literal(last).map(InetAddress::getHostAddress).orElse(peer);
  }

  boolean isTrusted(String address) {
    Optional<InetAddress> parsed = literal(address);
    return parsed.isPresent() && trusted.stream().anyMatch(r -> r.contains(parsed.get()));
  }

  /** An IP address written as one (never a name: nothing here asks the DNS). */
  static Optional<InetAddress> literal(String text) {
    if (text == null || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(text));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  private static List<Range> ranges(String proxies) {
    List<Range> ranges = new ArrayList<>();
    for (String entry : proxies.split(",")) {
      String range = entry.strip();
      if (range.isEmpty()) {
        continue;
      }
      int slash = range.indexOf('/');
      String address = slash < 0 ? range : range.substring(0, slash);
      InetAddress base =
          literal(address)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "penny.trusted-proxies: not an address: " + entry));
      int bits = base.getAddress().length * 8;
      int prefix = slash < 0 ? bits : Integer.parseInt(range.substring(slash + 1));
      if (prefix < 0 || prefix > bits) {
        throw new IllegalArgumentException("penny.trusted-proxies: bad prefix length: " + entry);
      }
      ranges.add(new Range(base.getAddress(), prefix));
    }
    return List.copyOf(ranges);
  }

  /** The addresses that share a range's first {@code prefix} bits. */
  private record Range(byte[] base, int prefix) {

    boolean contains(InetAddress address) {
      byte[] bytes = address.getAddress();
      if (bytes.length != base.length) {
        return false;
      }
      for (int bit = 0; bit < prefix; bit++) {
        int mask = 0x80 >> (bit % 8);
        if ((bytes[bit / 8] & mask) != (base[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }
}
