-- Indexes for stores that grow: the admin's lists by status, content by date, and full-text search
-- (InnoDB FULLTEXT; every search query also filters on tenant_id, added by Hibernate).
-- Joins between store-owned tables use the tenant-led foreign-key indexes of V1 and carry
-- tenant_id in their ON clause.

CREATE INDEX ix_product_status ON product (tenant_id, status, id);
CREATE INDEX ix_content_latest ON content_item (tenant_id, status, published_at, id);
CREATE INDEX ix_content_status ON content_item (tenant_id, status, id);
CREATE FULLTEXT INDEX ft_product_text ON product (name, summary);
CREATE FULLTEXT INDEX ft_content_text ON content_item (title, teaser);
