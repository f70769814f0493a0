package dev.penny.admin.web;

import dev.penny.platform.media.ImageContent;
import dev.penny.platform.media.ImageResponse;
import dev.penny.platform.media.StoredImageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.Optional;

/**
 * A store's uploaded images for its members, at {@code /admin/{slug}/media/{id}}: every image,
 * archived products' included (the public path shows only what the store shows). The gate has
 * checked the membership and bound the store.
 */
@ApplicationScoped
public class AdminMedia {

  private final StoredImageRepository images;

  @Inject
  public AdminMedia(StoredImageRepository images) {
    this.images = images;
  }

  protected AdminMedia() {
    this(null);
  }

  @Transactional
  public void serve(long id, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<ImageContent> image = images.content(id);
    if (image.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ImageResponse.write(image.get(), ImageResponse.PRIVATE, request, response);
  }
}
