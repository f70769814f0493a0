-- Growth seed: many stores and one big one, written straight into Penny's database (MariaDB,
-- SEQUENCE engine). Used by QueryPlanIT (storefront-web) and by bench/growth.sh.
-- The caller sets, in the same session:
--   @other_stores        number of ordinary stores ("growth-0001"...), each with 20 products
--   @big_products        products of the store "growth-big" (e.g. 100000)
-- "growth-small" gets 100 products: the reference the big store is compared with.
-- Every store gets 10 categories, products spread over them, one or two variants and an image
-- each, a product in 20 archived, and content items (1,000 in the big store, 10 elsewhere).
-- Statements are separated by a semicolon at the end of a line.

INSERT INTO tenant (slug, name, currency, status, created_at)
SELECT CONCAT('growth-', LPAD(seq, 4, '0')), CONCAT('Growth store ', seq), 'USD', 'ACTIVE', NOW(6)
FROM seq_1_to_9999 WHERE seq <= @other_stores;

INSERT INTO tenant (slug, name, currency, status, created_at) VALUES
  ('growth-big', 'Growth: the big store', 'USD', 'ACTIVE', NOW(6)),
  ('growth-small', 'Growth: the small store', 'USD', 'ACTIVE', NOW(6));

CREATE TEMPORARY TABLE growth_store (tenant_id BIGINT PRIMARY KEY, products INT NOT NULL, contents INT NOT NULL);

INSERT INTO growth_store (tenant_id, products, contents)
SELECT id,
       CASE slug WHEN 'growth-big' THEN @big_products WHEN 'growth-small' THEN 100 ELSE 20 END,
       CASE slug WHEN 'growth-big' THEN 1000 ELSE 10 END
FROM tenant WHERE slug LIKE 'growth-%';

INSERT INTO store_settings (tenant_id, display_name, tagline, theme, primary_colour, accent_colour,
  tax_rate_ppm, tip_presets, top_up_amounts)
SELECT t.id, t.name, 'Seeded for growth tests', 'CLASSIC', '#1f3a5f', '#c8553d', 0,
       'USD 500000,1000000,2000000', 'USD 5000000,10000000,20000000'
FROM tenant t JOIN growth_store g ON g.tenant_id = t.id;

INSERT INTO category (tenant_id, slug, name, position)
SELECT g.tenant_id, CONCAT('shelf-', s.seq), CONCAT('Shelf ', s.seq), s.seq
FROM growth_store g JOIN seq_0_to_9 s;

-- Products of the ordinary and the small store (at most 100 each).
INSERT INTO product (tenant_id, slug, name, summary, description, kind, category_id, featured, status, created_at)
SELECT g.tenant_id, CONCAT('item-', s.seq),
       CONCAT(ELT(1 + s.seq % 7, 'Walnut', 'Linen', 'Copper', 'Saffron', 'Granite', 'Juniper', 'Cobalt'), ' ',
              ELT(1 + (s.seq DIV 7) % 5, 'lamp', 'notebook', 'kettle', 'scarf', 'bowl'), ' ', s.seq),
       CONCAT('Made in small batches, number ', s.seq), NULL, 'PHYSICAL', c.id,
       s.seq % 10 = 1, IF(s.seq % 20 = 0, 'ARCHIVED', 'ACTIVE'), NOW(6)
FROM growth_store g
JOIN seq_1_to_100 s ON s.seq <= g.products
JOIN category c ON c.tenant_id = g.tenant_id AND c.position = s.seq % 10
WHERE g.products <= 100;

-- Products of the big store.
INSERT INTO product (tenant_id, slug, name, summary, description, kind, category_id, featured, status, created_at)
SELECT g.tenant_id, CONCAT('item-', s.seq),
       CONCAT(ELT(1 + s.seq % 7, 'Walnut', 'Linen', 'Copper', 'Saffron', 'Granite', 'Juniper', 'Cobalt'), ' ',
              ELT(1 + (s.seq DIV 7) % 5, 'lamp', 'notebook', 'kettle', 'scarf', 'bowl'), ' ', s.seq),
       CONCAT('Made in small batches, number ', s.seq), NULL, 'PHYSICAL', c.id,
       s.seq % 1000 = 1, IF(s.seq % 20 = 0, 'ARCHIVED', 'ACTIVE'), NOW(6)
FROM growth_store g
JOIN seq_1_to_1000000 s ON s.seq <= @big_products
JOIN category c ON c.tenant_id = g.tenant_id AND c.position = s.seq % 10
WHERE g.products > 100;

INSERT INTO product_variant (tenant_id, product_id, sku, name, price_micros, price_currency, stock, position)
SELECT p.tenant_id, p.id, CONCAT('SKU-', p.id), 'Standard', 1000000 + (p.id % 5000) * 1000, 'USD', p.id % 9, 0
FROM product p JOIN growth_store g ON g.tenant_id = p.tenant_id;

INSERT INTO product_variant (tenant_id, product_id, sku, name, price_micros, price_currency, stock, position)
SELECT p.tenant_id, p.id, CONCAT('SKU-', p.id, '-L'), 'Large', 2000000 + (p.id % 5000) * 1000, 'USD', p.id % 5, 1
FROM product p JOIN growth_store g ON g.tenant_id = p.tenant_id
WHERE p.id % 2 = 1;

INSERT INTO product_image (tenant_id, product_id, url, alt_text, position)
SELECT p.tenant_id, p.id, '/resources/img/demo/book-blue.svg', CONCAT('Picture of ', p.name), 0
FROM product p JOIN growth_store g ON g.tenant_id = p.tenant_id;

INSERT INTO content_item (tenant_id, slug, title, teaser, body, unlock_price_micros, unlock_currency,
  time_pass_hours, status, published_at)
SELECT g.tenant_id, CONCAT('note-', s.seq), CONCAT('Field note ', s.seq, ' on ', ELT(1 + s.seq % 4, 'walnut', 'linen', 'copper', 'saffron')),
       'A short teaser anyone can read.', 'The body a reader unlocks.', 250000, 'USD', NULL,
       IF(s.seq % 20 = 0, 'ARCHIVED', 'ACTIVE'), NOW(6) - INTERVAL s.seq MINUTE
FROM growth_store g JOIN seq_1_to_1000 s ON s.seq <= g.contents;

INSERT INTO shipping_method (tenant_id, name, price_micros, price_currency, position)
SELECT g.tenant_id, 'Standard post', 4500000, 'USD', 0 FROM growth_store g;

-- Search words, split as the application splits them (see V5__search_words.sql).
INSERT INTO search_word (tenant_id, item_kind, item_id, word, weight)
WITH RECURSIVE source (tenant_id, item_kind, item_id, weight, rest) AS (
  SELECT p.tenant_id, 'PRODUCT', p.id, 3, CONCAT(TRIM(REGEXP_REPLACE(LOWER(p.name), '[^\\p{L}\\p{N}]+', ' ')), ' ')
  FROM product p WHERE p.tenant_id IN (SELECT id FROM tenant WHERE slug LIKE 'growth-%')
  UNION ALL
  SELECT p.tenant_id, 'PRODUCT', p.id, 1, CONCAT(TRIM(REGEXP_REPLACE(LOWER(COALESCE(p.summary, '')), '[^\\p{L}\\p{N}]+', ' ')), ' ')
  FROM product p WHERE p.tenant_id IN (SELECT id FROM tenant WHERE slug LIKE 'growth-%')
  UNION ALL
  SELECT c.tenant_id, 'CONTENT', c.id, 3, CONCAT(TRIM(REGEXP_REPLACE(LOWER(c.title), '[^\\p{L}\\p{N}]+', ' ')), ' ')
  FROM content_item c WHERE c.tenant_id IN (SELECT id FROM tenant WHERE slug LIKE 'growth-%')
  UNION ALL
  SELECT c.tenant_id, 'CONTENT', c.id, 1, CONCAT(TRIM(REGEXP_REPLACE(LOWER(c.teaser), '[^\\p{L}\\p{N}]+', ' ')), ' ')
  FROM content_item c WHERE c.tenant_id IN (SELECT id FROM tenant WHERE slug LIKE 'growth-%')
),
split (tenant_id, item_kind, item_id, weight, word, rest) AS (
  SELECT tenant_id, item_kind, item_id, weight,
         CAST(SUBSTRING_INDEX(rest, ' ', 1) AS CHAR(400)), CAST(SUBSTRING(rest, LOCATE(' ', rest) + 1) AS CHAR(2000))
  FROM source
  UNION ALL
  SELECT tenant_id, item_kind, item_id, weight, SUBSTRING_INDEX(rest, ' ', 1), SUBSTRING(rest, LOCATE(' ', rest) + 1)
  FROM split WHERE rest <> ''
)
SELECT DISTINCT tenant_id, item_kind, item_id, LEFT(word, 40), weight FROM split WHERE CHAR_LENGTH(word) >= 2;

-- Micro-purchases: 50,000 in the big store and 100 in each other one, unlocks, tips and metered
-- calls over the last 60 days (ids far above the ledger's; no ledger rows: the dashboard and the
-- admin's lists read micro_purchase alone).
INSERT INTO micro_purchase (id, tenant_id, shopper, kind, item_id, item_title, note, amount_micros,
  currency, funding, channel, status, created_at)
SELECT 7000000000000000000 + g.tenant_id * 100000 + s.seq, g.tenant_id, CONCAT('reader-', s.seq % 5000),
       ELT(1 + s.seq % 3, 'UNLOCK', 'TIP', 'METERED'),
       IF(s.seq % 3 = 0, c.first_content + s.seq % g.contents, NULL),
       ELT(1 + s.seq % 3, 'An article', 'Tip', 'api-calls'),
       IF(s.seq % 3 = 1, 'Thanks!', NULL),
       ELT(1 + s.seq % 3, 250000, 1000000, 2000), 'USD',
       IF(s.seq % 2 = 0, 'WALLET', 'TAB'), 'PAGE', 'ACTIVE',
       NOW(6) - INTERVAL (s.seq % 60) DAY - INTERVAL (s.seq % 86400) SECOND
FROM growth_store g
JOIN tenant t ON t.id = g.tenant_id
JOIN (SELECT tenant_id, MIN(id) AS first_content FROM content_item GROUP BY tenant_id) c
  ON c.tenant_id = g.tenant_id
JOIN seq_1_to_50000 s ON s.seq <= IF(t.slug = 'growth-big', 50000, 100);

DROP TEMPORARY TABLE growth_store;

ANALYZE TABLE tenant, store_settings, category, product, product_variant, product_image, content_item, shipping_method, search_word, micro_purchase;
