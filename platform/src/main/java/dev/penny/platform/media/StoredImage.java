package dev.penny.platform.media;

import dev.penny.platform.crypto.Digests;
import dev.penny.platform.tenancy.TenantOwned;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** An image a store uploaded, with its bytes. Served at {@code /s/{slug}/media/{id}}. */
@Entity
@Table(name = "stored_image")
public class StoredImage extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "content_type", nullable = false, length = 32)
  private String contentType;

  @Column(name = "byte_size", nullable = false)
  private int byteSize;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, columnDefinition = "MEDIUMBLOB")
  private byte[] bytes;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected StoredImage() {}

  public StoredImage(ImageUpload upload, Instant createdAt) {
    this.bytes = upload.bytes();
    this.contentType = upload.format().contentType();
    this.byteSize = upload.size();
    this.sha256 = Digests.sha256Hex(bytes);
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  /** The address of the image in its store, below the store's base path. */
  public String pathInStore() {
    return "/media/" + id;
  }
}
