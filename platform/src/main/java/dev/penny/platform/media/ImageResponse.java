package dev.penny.platform.media;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Writes a stored image as an HTTP response, with its hash as ETag. Browsers and caches may keep it
 * an hour: long enough to spare the database, short enough that an image taken out of the store
 * (its product archived) stops being shown soon after the server stops serving it.
 */
public final class ImageResponse {

  private ImageResponse() {}

  public static void write(
      ImageContent image,
      String cacheControl,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    String etag = "\"" + image.sha256() + "\"";
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", cacheControl);
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    byte[] bytes = image.bytes();
    response.setContentType(image.contentType());
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  /** For shoppers: shared caches may keep it an hour. */
  public static final String PUBLIC = "public, max-age=3600";

  /** For the admin: the browser alone, and it asks again each time. */
  public static final String PRIVATE = "private, no-cache";
}
