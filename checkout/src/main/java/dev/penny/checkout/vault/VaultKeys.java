package dev.penny.checkout.vault;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The vault's AES-256 keys by id, and which one encrypts new cards. Read from a key file's text
 * (one {@code id=base64} line per key, plus {@code active=id}) or from the same text in an
 * environment variable; older keys stay to decrypt what they encrypted until it is re-encrypted.
 */
public final class VaultKeys {

  private final Map<String, SecretKey> keys;
  private final String active;

  private VaultKeys(Map<String, SecretKey> keys, String active) {
    this.keys = Map.copyOf(keys);
    this.active = active;
  }

  public static VaultKeys parse(String text) {
    Map<String, SecretKey> keys = new LinkedHashMap<>();
    String active = null;
    for (String raw : text.split("[\\r\\n,]+")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("A vault key line is id=base64 or active=id");
      }
      String name = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      if (name.equals("active")) {
        active = value;
        continue;
      }
      if (!name.matches("[A-Za-z0-9_-]{1,32}")) {
        throw new IllegalArgumentException("A vault key id is 1 to 32 letters, digits, _ or -");
      }
      byte[] bytes = Base64.getDecoder().decode(value);
      if (bytes.length != 32) {
        throw new IllegalArgumentException("Vault key " + name + " is not 256 bits");
      }
      keys.put(name, new SecretKeySpec(bytes, "AES"));
    }
    if (active == null || !keys.containsKey(active)) {
      throw new IllegalArgumentException("The vault keys name no active key that exists");
    }
    return new VaultKeys(keys, active);
  }

  public String activeId() {
    return active;
  }

  SecretKey active() {
    return keys.get(active);
  }

  Optional<SecretKey> byId(String id) {
    return Optional.ofNullable(keys.get(id));
  }
}
