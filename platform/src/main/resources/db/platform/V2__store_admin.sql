-- What the tenant admin manages beyond the catalog: uploaded images, shipping methods, the
-- micropayment settings, and API keys. Same rules as V1: tenant_id on every row, CHECKs refuse the
-- placeholder tenant, foreign keys carry tenant_id.

-- Images merchants upload. Kept in the database so every instance serves them (no shared disk).
CREATE TABLE stored_image (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id     BIGINT       NOT NULL,
  content_type  VARCHAR(32)  NOT NULL,
  byte_size     INT          NOT NULL,
  sha256        CHAR(64)     NOT NULL,
  bytes         MEDIUMBLOB   NOT NULL,
  created_at    TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_stored_image_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_stored_image_tenant CHECK (tenant_id > 0),
  CONSTRAINT ck_stored_image_type CHECK (content_type IN ('image/png', 'image/jpeg', 'image/gif', 'image/webp')),
  CONSTRAINT ck_stored_image_size CHECK (byte_size > 0 AND byte_size <= 2097152)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE shipping_method (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id       BIGINT       NOT NULL,
  name            VARCHAR(80)  NOT NULL,
  price_micros    BIGINT       NOT NULL,
  price_currency  CHAR(3)      NOT NULL,
  position        INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_shipping_method_name UNIQUE (tenant_id, name),
  CONSTRAINT fk_shipping_method_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_shipping_method_tenant CHECK (tenant_id > 0),
  CONSTRAINT ck_shipping_method_price CHECK (price_micros >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Micropayment settings, in the store's currency (micro-units). Tip presets and wallet top-up
-- amounts are short comma-separated lists of micro-unit amounts, e.g. '500000,1000000,2000000'.
ALTER TABLE store_settings
  ADD COLUMN tab_threshold_micros BIGINT       NOT NULL DEFAULT 5000000,
  ADD COLUMN tip_presets_micros   VARCHAR(200) NOT NULL DEFAULT '500000,1000000,2000000',
  ADD COLUMN top_up_amounts_micros VARCHAR(200) NOT NULL DEFAULT '5000000,10000000,20000000',
  ADD CONSTRAINT ck_store_settings_tab CHECK (tab_threshold_micros > 0);

-- API keys: the secret is shown once; only its SHA-256 is kept. lookup_id is the public part of
-- the secret, so a request finds its key (and with it the store) by index, not by scanning.
CREATE TABLE api_key (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id    BIGINT       NOT NULL,
  lookup_id    CHAR(12)     NOT NULL,
  secret_hash  CHAR(64)     NOT NULL,
  name         VARCHAR(80)  NOT NULL,
  created_by   VARCHAR(120) NOT NULL,
  created_at   TIMESTAMP(6) NOT NULL,
  revoked_at   TIMESTAMP(6),
  PRIMARY KEY (id),
  CONSTRAINT uq_api_key_lookup UNIQUE (lookup_id),
  CONSTRAINT fk_api_key_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_api_key_tenant CHECK (tenant_id > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
