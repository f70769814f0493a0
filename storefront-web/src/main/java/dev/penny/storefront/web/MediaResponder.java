package dev.penny.storefront.web;

import dev.penny.platform.media.ImageContent;
import dev.penny.platform.media.StoredImageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves a store's uploaded images at {@code /media/{id}} below the store. The lookup is
 * tenant-filtered like every other, so one store's id under another store is not found. An image
 * never changes once stored, so browsers may keep it for a year.
 */
@ApplicationScoped
public class MediaResponder {

  private static final Pattern MEDIA = Pattern.compile("/media/([1-9][0-9]{0,17})");

  private final StoredImageRepository images;

  @Inject
  public MediaResponder(StoredImageRepository images) {
    this.images = images;
  }

  protected MediaResponder() {
    this(null);
  }

  static boolean isMediaPath(String pathInStore) {
    return pathInStore.startsWith("/media/");
  }

  public void serve(String pathInStore, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher m = MEDIA.matcher(pathInStore);
    Optional<ImageContent> image =
        m.matches() ? images.content(Long.parseLong(m.group(1))) : Optional.empty();
    if (image.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String etag = "\"" + image.get().sha256() + "\"";
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    byte[] bytes = image.get().bytes();
    response.setContentType(image.get().contentType());
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
