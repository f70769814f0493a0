package dev.penny.platform.catalog;

import dev.penny.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One word of a product or content item, as store search finds it (see {@link SearchWords}). */
@Entity
@Table(name = "search_word")
public class SearchWord extends TenantOwned {

  /** What a word belongs to. */
  public enum Kind {
    PRODUCT,
    CONTENT
  }

  /** A word of the name or title counts three times a word of the summary or teaser. */
  static final short TITLE_WEIGHT = 3;

  static final short TEXT_WEIGHT = 1;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "item_kind", nullable = false, length = 16)
  private Kind kind;

  @Column(name = "item_id", nullable = false)
  private long itemId;

  @Column(nullable = false, length = 40)
  private String word;

  @Column(nullable = false)
  private short weight;

  protected SearchWord() {}

  SearchWord(Kind kind, long itemId, String word, short weight) {
    this.kind = kind;
    this.itemId = itemId;
    this.word = word;
    this.weight = weight;
  }
}
