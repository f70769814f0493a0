package dev.penny.platform.media;

import java.util.Objects;

/**
 * An uploaded file that has passed the checks: at most {@link #MAX_BYTES}, not empty, and one of
 * the {@link ImageFormat}s by its content. Anything else is refused with a message for the form.
 */
public final class ImageUpload {

  public static final int MAX_BYTES = 2 * 1024 * 1024;

  private final byte[] bytes;
  private final ImageFormat format;

  private ImageUpload(byte[] bytes, ImageFormat format) {
    this.bytes = bytes;
    this.format = format;
  }

  /**
   * @param declaredSize the size the upload announced, checked before the bytes are read
   * @throws InvalidImageException with a message fit for the merchant
   */
  public static void checkDeclaredSize(long declaredSize) {
    if (declaredSize > MAX_BYTES) {
      throw new InvalidImageException("The image is larger than 2 MB.");
    }
  }

  public static ImageUpload of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length == 0) {
      throw new InvalidImageException("The file is empty.");
    }
    checkDeclaredSize(bytes.length);
    ImageFormat format =
        ImageFormat.sniff(bytes)
            .orElseThrow(
                () -> new InvalidImageException("The file is not a PNG, JPEG, GIF or WebP image."));
    return new ImageUpload(bytes.clone(), format);
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  public ImageFormat format() {
    return format;
  }

  public int size() {
    return bytes.length;
  }
}
