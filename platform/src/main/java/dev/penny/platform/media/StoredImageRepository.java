package dev.penny.platform.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/** The current store's uploaded images. */
@ApplicationScoped
public class StoredImageRepository {

  private final EntityManager em;

  @Inject
  public StoredImageRepository(EntityManager em) {
    this.em = em;
  }

  /** For CDI's proxy only. */
  protected StoredImageRepository() {
    this.em = null;
  }

  /** Type, hash and bytes of an image, in one statement, for serving it. */
  public Optional<ImageContent> content(long id) {
    return em
        .createQuery(
            "select new dev.penny.platform.media.ImageContent(i.contentType, i.sha256, i.bytes)"
                + " from StoredImage i where i.id = :id",
            ImageContent.class)
        .setParameter("id", id)
        .getResultList()
        .stream()
        .findFirst();
  }

  public StoredImage add(StoredImage image) {
    em.persist(image);
    return image;
  }
}
