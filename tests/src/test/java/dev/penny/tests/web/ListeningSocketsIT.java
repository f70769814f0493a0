package dev.penny.tests.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.pages.AdminApiKeysPage;
import dev.penny.tests.stack.Http;
import dev.penny.tests.stack.PennyStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every socket the running stack listens on (the launcher and all its descendants: Payara, the
 * embedded MariaDB, Keycloak and its database), read from Linux's {@code /proc}: only the public
 * HTTP port may listen on every interface; everything else is on the loopback address.
 */
class ListeningSocketsIT {

  private static final String LISTEN = "0A";

  record Listener(String address, int port) {
    boolean isLoopback() {
      return address.startsWith("127.")
          || address.equals("::1")
          || address.startsWith("::ffff:127.");
    }
  }

  @Test
  void onlyThePublicPortListensBeyondLoopback() throws IOException, InterruptedException {
    PennyStack stack = PennyStack.get();
    // Some listeners open late: Payara's batch runtime opens its job repository at the first
    // job, which once served it on every interface. Run one first.
    runASettlement();
    Set<String> inodes = socketInodes(stack.process());
    List<Listener> listeners = new ArrayList<>();
    listeners.addAll(listeners(Path.of("/proc/net/tcp"), inodes, false));
    listeners.addAll(listeners(Path.of("/proc/net/tcp6"), inodes, true));

    assertThat(listeners).as("the stack listens").extracting(Listener::port).contains(stack.port());
    assertThat(listeners)
        .filteredOn(l -> l.port() != stack.port())
        .as("listeners besides the public port")
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l.isLoopback()).as(l.toString()).isTrue());
  }

  private static void runASettlement() throws InterruptedException {
    String key = AdminApiKeysPage.newKey("demo-books", "owner-books", "Sockets");
    Map<String, String> auth = Map.of("Authorization", "Bearer " + key);
    String runs = "/api/v1/stores/demo-books/sandbox/settlement-runs";
    assertThat(Http.send("POST", runs, auth, null).status()).isEqualTo(202);
    for (int i = 0; i < 240; i++) {
      if (!Http.send("GET", runs + "/latest", auth, null)
          .json()
          .getString("status")
          .equals("running")) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("The settlement run did not finish");
  }

  /** The inodes of the sockets the process tree holds open. */
  private static Set<String> socketInodes(ProcessHandle root) throws IOException {
    Set<String> inodes = new HashSet<>();
    List<ProcessHandle> tree = new ArrayList<>();
    tree.add(root);
    root.descendants().forEach(tree::add);
    for (ProcessHandle process : tree) {
      Path fds = Path.of("/proc", Long.toString(process.pid()), "fd");
      if (!Files.isDirectory(fds)) {
        continue;
      }
      try (Stream<Path> links = Files.list(fds)) {
        for (Path link : links.toList()) {
          try {
            String target = Files.readSymbolicLink(link).toString();
            if (target.startsWith("socket:[")) {
              inodes.add(target.substring("socket:[".length(), target.length() - 1));
            }
          } catch (IOException closedMeanwhile) {
            // A descriptor closed while listing: not a listener.
          }
        }
      }
    }
    return inodes;
  }

  private static List<Listener> listeners(Path table, Set<String> inodes, boolean ipv6)
      throws IOException {
    List<Listener> found = new ArrayList<>();
    for (String line : Files.readAllLines(table).subList(1, Files.readAllLines(table).size())) {
      String[] f = line.trim().split("\\s+");
      if (f.length < 10 || !f[3].equals(LISTEN) || !inodes.contains(f[9])) {
        continue;
      }
      String[] local = f[1].split(":");
      found.add(
          new Listener(ipv6 ? ipv6(local[0]) : ipv4(local[0]), Integer.parseInt(local[1], 16)));
    }
    return found;
  }

  /** {@code 0100007F} is 127.0.0.1: the kernel writes the address as a little-endian word. */
  private static String ipv4(String hex) {
    long word = Long.parseLong(hex, 16);
    return (word & 0xff)
        + "."
        + (word >> 8 & 0xff)
        + "."
        + (word >> 16 & 0xff)
        + "."
        + (word >> 24 & 0xff);
  }

  /** Four little-endian words; written as {@code ::1}, {@code ::ffff:a.b.c.d} or hex groups. */
  private static String ipv6(String hex) {
    byte[] bytes = new byte[16];
    for (int word = 0; word < 4; word++) {
      for (int b = 0; b < 4; b++) {
        int at = word * 8 + (3 - b) * 2;
        bytes[word * 4 + b] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
      }
    }
    boolean zeros = true;
    for (int i = 0; i < 10; i++) {
      zeros &= bytes[i] == 0;
    }
    if (zeros && bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff) {
      return "::ffff:"
          + (bytes[12] & 0xff)
          + "."
          + (bytes[13] & 0xff)
          + "."
          + (bytes[14] & 0xff)
          + "."
          + (bytes[15] & 0xff);
    }
    boolean loopback =
        zeros
            && bytes[10] == 0
            && bytes[11] == 0
            && bytes[12] == 0
            && bytes[13] == 0
            && bytes[14] == 0
            && bytes[15] == 1;
    if (loopback) {
      return "::1";
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 16; i += 2) {
      text.append(i == 0 ? "" : ":")
          .append(Integer.toHexString((bytes[i] & 0xff) << 8 | (bytes[i + 1] & 0xff)));
    }
    return text.toString();
  }
}
