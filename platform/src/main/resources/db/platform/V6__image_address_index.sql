-- The public media path asks whether an active product shows an image, by its address.
CREATE INDEX ix_image_url ON product_image (tenant_id, url(191));
