package dev.penny.platform.media;

import java.util.Optional;

/**
 * The image formats a store may upload, recognised by their first bytes (never by the file name or
 * the type the browser claims). SVG is not among them: it can carry scripts.
 */
public enum ImageFormat {
  PNG("image/png", new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
  JPEG("image/jpeg", new int[] {0xFF, 0xD8, 0xFF}),
  GIF("image/gif", new int[] {'G', 'I', 'F', '8'}),
  WEBP("image/webp", new int[] {'R', 'I', 'F', 'F', -1, -1, -1, -1, 'W', 'E', 'B', 'P'});

  private final String contentType;
  private final int[] signature;

  ImageFormat(String contentType, int[] signature) {
    this.contentType = contentType;
    this.signature = signature;
  }

  public String contentType() {
    return contentType;
  }

  /** The format whose signature the bytes start with; -1 in a signature matches any byte. */
  public static Optional<ImageFormat> sniff(byte[] bytes) {
    for (ImageFormat format : values()) {
      if (format.matches(bytes)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  private boolean matches(byte[] bytes) {
    if (bytes.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (signature[i] >= 0 && (bytes[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
