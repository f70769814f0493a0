-- Indexes for stores that grow: the admin's lists by status and content by date, each led by
-- tenant_id and ending in the id that keyset pages by. Joins between store-owned tables use the
-- tenant-led foreign-key indexes of V1 and carry tenant_id in their ON clause.

CREATE INDEX ix_product_status ON product (tenant_id, status, id);
CREATE INDEX ix_content_latest ON content_item (tenant_id, status, published_at, id);
CREATE INDEX ix_content_status ON content_item (tenant_id, status, id);
