-- Store search without a platform-wide index: every word of a product's name and summary (and a
-- content item's title and teaser), one row each, under its store. A search reads the words of
-- one store only, by prefix, through an index led by tenant_id, so its cost grows with what the
-- store holds, never with the number of stores. (MariaDB's FULLTEXT cannot: its index is one for
-- all stores, and a search reads every store's matches before filtering; measured in bench/.)
-- weight: 3 for a word of the name or title, 1 for the summary or teaser.

CREATE TABLE search_word (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id  BIGINT       NOT NULL,
  item_kind  VARCHAR(16)  NOT NULL,
  item_id    BIGINT       NOT NULL,
  word       VARCHAR(40)  NOT NULL,
  weight     SMALLINT     NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_search_word_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_search_word_tenant CHECK (tenant_id > 0),
  CONSTRAINT ck_search_word_kind CHECK (item_kind IN ('PRODUCT', 'CONTENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_search_word ON search_word (tenant_id, item_kind, word, item_id, weight);
CREATE INDEX ix_search_word_item ON search_word (tenant_id, item_kind, item_id);

-- Words of what exists already, split as the application splits them (runs of letters and
-- digits, lower case, 2 to 40 characters).
INSERT INTO search_word (tenant_id, item_kind, item_id, word, weight)
WITH RECURSIVE source (tenant_id, item_kind, item_id, weight, rest) AS (
  SELECT tenant_id, 'PRODUCT', id, 3,
         CONCAT(TRIM(REGEXP_REPLACE(LOWER(name), '[^\\p{L}\\p{N}]+', ' ')), ' ') FROM product
  UNION ALL
  SELECT tenant_id, 'PRODUCT', id, 1,
         CONCAT(TRIM(REGEXP_REPLACE(LOWER(COALESCE(summary, '')), '[^\\p{L}\\p{N}]+', ' ')), ' ') FROM product
  UNION ALL
  SELECT tenant_id, 'CONTENT', id, 3,
         CONCAT(TRIM(REGEXP_REPLACE(LOWER(title), '[^\\p{L}\\p{N}]+', ' ')), ' ') FROM content_item
  UNION ALL
  SELECT tenant_id, 'CONTENT', id, 1,
         CONCAT(TRIM(REGEXP_REPLACE(LOWER(teaser), '[^\\p{L}\\p{N}]+', ' ')), ' ') FROM content_item
),
split (tenant_id, item_kind, item_id, weight, word, rest) AS (
  SELECT tenant_id, item_kind, item_id, weight,
         CAST(SUBSTRING_INDEX(rest, ' ', 1) AS CHAR(400)), CAST(SUBSTRING(rest, LOCATE(' ', rest) + 1) AS CHAR(30000))
  FROM source
  UNION ALL
  SELECT tenant_id, item_kind, item_id, weight,
         SUBSTRING_INDEX(rest, ' ', 1), SUBSTRING(rest, LOCATE(' ', rest) + 1)
  FROM split WHERE rest <> ''
)
SELECT DISTINCT tenant_id, item_kind, item_id, LEFT(word, 40), weight
FROM split WHERE CHAR_LENGTH(word) >= 2;
