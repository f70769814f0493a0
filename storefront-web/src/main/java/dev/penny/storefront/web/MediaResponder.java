package dev.penny.storefront.web;

import dev.penny.platform.catalog.ProductRepository;
import dev.penny.platform.media.ImageContent;
import dev.penny.platform.media.ImageResponse;
import dev.penny.platform.media.StoredImageRepository;
import dev.penny.platform.store.StoreSettingsService;
import dev.penny.platform.tenancy.TenantRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves a store's uploaded images to the public at {@code /media/{id}} below the store: the logo
 * and the images of active products, nothing else (an archived product's images are 404 here; the
 * admin sees them at {@code /admin/{slug}/media/{id}}). The lookup is tenant-filtered like every
 * other, so one store's id under another store is not found.
 */
@ApplicationScoped
public class MediaResponder {

  private static final Pattern MEDIA = Pattern.compile("/media/([1-9][0-9]{0,17})");

  private final StoredImageRepository images;
  private final ProductRepository products;
  private final StoreSettingsService settings;

  @Inject
  public MediaResponder(
      StoredImageRepository images, ProductRepository products, StoreSettingsService settings) {
    this.images = images;
    this.products = products;
    this.settings = settings;
  }

  protected MediaResponder() {
    this(null, null, null);
  }

  static boolean isMediaPath(String pathInStore) {
    return pathInStore.startsWith("/media/");
  }

  @Transactional
  public void serve(TenantRoute route, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher m = MEDIA.matcher(route.pathInStore());
    String address = TenantRoute.byPath(route.slug(), route.pathInStore()).address();
    Optional<ImageContent> image =
        m.matches() && isShown(address)
            ? images.content(Long.parseLong(m.group(1)))
            : Optional.empty();
    if (image.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ImageResponse.write(image.get(), ImageResponse.PUBLIC, request, response);
  }

  private boolean isShown(String address) {
    return settings.logoUrl().filter(address::equals).isPresent()
        || products.activeProductShows(address);
  }
}
