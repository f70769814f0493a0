package dev.penny.platform.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.UncheckedIOException;

/**
 * A {@link ClusterWide} event as the bytes the cluster carries. The cluster's own serialization
 * would read them with the cluster's class loader, which does not see Penny's classes; these bytes
 * are read with Penny's, and only Penny's event records (and the JDK's plain values in them) are
 * accepted.
 */
final class ClusterWireFormat {

  private static final ObjectInputFilter ONLY_PENNY_EVENTS =
      ObjectInputFilter.Config.createFilter(
          "maxdepth=4;maxrefs=64;maxbytes=4096;maxarray=256;"
              + "dev.penny.**;java.lang.String;java.lang.Number;java.lang.Long;"
              + "java.lang.Integer;java.lang.Enum;java.lang.Record;!*");

  private final ClassLoader loader;

  ClusterWireFormat(ClassLoader loader) {
    this.loader = loader;
  }

  byte[] write(ClusterWide event) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(event);
    } catch (IOException e) {
      throw new UncheckedIOException("A cluster-wide event could not be written: " + event, e);
    }
    return bytes.toByteArray();
  }

  /**
   * @throws IllegalArgumentException when the bytes are not one of Penny's cluster-wide events
   */
  ClusterWide read(byte[] bytes) {
    try (ObjectInputStream in = new PennyObjectInput(bytes)) {
      in.setObjectInputFilter(ONLY_PENNY_EVENTS);
      Object event = in.readObject();
      if (event instanceof ClusterWide wide) {
        return wide;
      }
      throw new IllegalArgumentException("Not a cluster-wide event: " + event.getClass());
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalArgumentException("Unreadable cluster-wide event: " + e.getMessage(), e);
    }
  }

  private final class PennyObjectInput extends ObjectInputStream {

    PennyObjectInput(byte[] bytes) throws IOException {
      super(new ByteArrayInputStream(bytes));
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass description)
        throws IOException, ClassNotFoundException {
      String name = description.getName();
      if (name.startsWith("dev.penny.")) {
        return Class.forName(name, false, loader);
      }
      if (name.startsWith("java.lang.")) {
        return super.resolveClass(description);
      }
      throw new InvalidClassException(name, "not a cluster-wide event");
    }
  }
}
