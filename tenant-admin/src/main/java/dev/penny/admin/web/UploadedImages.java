package dev.penny.admin.web;

import dev.penny.platform.media.ImageUpload;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Reads an image a form uploaded, refusing it by its announced size before reading it. */
public final class UploadedImages {

  private UploadedImages() {}

  /**
   * Empty when no file was chosen.
   *
   * @throws dev.penny.platform.media.InvalidImageException when the file is not an acceptable
   *     image, with a message for the form
   */
  public static Optional<ImageUpload> read(Part part) {
    if (part == null || part.getSize() == 0) {
      return Optional.empty();
    }
    ImageUpload.checkDeclaredSize(part.getSize());
    try (InputStream in = part.getInputStream()) {
      return Optional.of(ImageUpload.of(in.readNBytes(ImageUpload.MAX_BYTES + 1)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
