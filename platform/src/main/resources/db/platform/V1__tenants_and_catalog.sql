-- Stores and their catalogs. Every store-owned table carries tenant_id, which Hibernate's
-- @TenantId fills and filters; the CHECKs refuse the placeholder id used when no store is bound.
-- Foreign keys include tenant_id so that no row can point at another store's row.

CREATE TABLE tenant (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  slug        VARCHAR(40)  NOT NULL,
  name        VARCHAR(120) NOT NULL,
  currency    CHAR(3)      NOT NULL,
  status      VARCHAR(16)  NOT NULL,
  created_at  TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_tenant_slug UNIQUE (slug),
  CONSTRAINT ck_tenant_status CHECK (status IN ('ACTIVE', 'SUSPENDED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE store_settings (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id       BIGINT       NOT NULL,
  display_name    VARCHAR(120) NOT NULL,
  tagline         VARCHAR(200),
  logo_url        VARCHAR(500),
  theme           VARCHAR(16)  NOT NULL,
  primary_colour  CHAR(7)      NOT NULL,
  accent_colour   CHAR(7)      NOT NULL,
  tax_rate_ppm    INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_store_settings_tenant UNIQUE (tenant_id),
  CONSTRAINT fk_store_settings_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_store_settings_tenant CHECK (tenant_id > 0),
  CONSTRAINT ck_store_settings_tax CHECK (tax_rate_ppm BETWEEN 0 AND 1000000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE category (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id  BIGINT       NOT NULL,
  slug       VARCHAR(60)  NOT NULL,
  name       VARCHAR(120) NOT NULL,
  position   INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_category_slug UNIQUE (tenant_id, slug),
  CONSTRAINT uq_category_tenant_id UNIQUE (tenant_id, id),
  CONSTRAINT fk_category_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_category_tenant CHECK (tenant_id > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE product (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id    BIGINT       NOT NULL,
  slug         VARCHAR(80)  NOT NULL,
  name         VARCHAR(160) NOT NULL,
  summary      VARCHAR(300),
  description  TEXT,
  kind         VARCHAR(16)  NOT NULL,
  category_id  BIGINT,
  featured     BOOLEAN      NOT NULL DEFAULT FALSE,
  status       VARCHAR(16)  NOT NULL,
  created_at   TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_product_slug UNIQUE (tenant_id, slug),
  CONSTRAINT uq_product_tenant_id UNIQUE (tenant_id, id),
  CONSTRAINT fk_product_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_product_category FOREIGN KEY (tenant_id, category_id) REFERENCES category (tenant_id, id),
  CONSTRAINT ck_product_tenant CHECK (tenant_id > 0),
  CONSTRAINT ck_product_kind CHECK (kind IN ('PHYSICAL', 'DIGITAL')),
  CONSTRAINT ck_product_status CHECK (status IN ('ACTIVE', 'ARCHIVED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_product_category ON product (tenant_id, category_id, status, id);
CREATE INDEX ix_product_featured ON product (tenant_id, featured, status, id);

CREATE TABLE product_variant (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id       BIGINT       NOT NULL,
  product_id      BIGINT       NOT NULL,
  sku             VARCHAR(64)  NOT NULL,
  name            VARCHAR(120) NOT NULL,
  price_micros    BIGINT       NOT NULL,
  price_currency  CHAR(3)      NOT NULL,
  stock           INT          NOT NULL,
  position        INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_variant_sku UNIQUE (tenant_id, sku),
  CONSTRAINT fk_variant_product FOREIGN KEY (tenant_id, product_id) REFERENCES product (tenant_id, id),
  CONSTRAINT ck_variant_tenant CHECK (tenant_id > 0),
  CONSTRAINT ck_variant_price CHECK (price_micros >= 0),
  CONSTRAINT ck_variant_stock CHECK (stock >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE product_image (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id   BIGINT       NOT NULL,
  product_id  BIGINT       NOT NULL,
  url         VARCHAR(500) NOT NULL,
  alt_text    VARCHAR(200) NOT NULL,
  position    INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_image_product FOREIGN KEY (tenant_id, product_id) REFERENCES product (tenant_id, id),
  CONSTRAINT ck_image_tenant CHECK (tenant_id > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE content_item (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id            BIGINT       NOT NULL,
  slug                 VARCHAR(80)  NOT NULL,
  title                VARCHAR(200) NOT NULL,
  teaser               TEXT         NOT NULL,
  body                 MEDIUMTEXT   NOT NULL,
  unlock_price_micros  BIGINT       NOT NULL,
  unlock_currency      CHAR(3)      NOT NULL,
  time_pass_hours      INT,
  status               VARCHAR(16)  NOT NULL,
  published_at         TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_content_slug UNIQUE (tenant_id, slug),
  CONSTRAINT fk_content_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_content_tenant CHECK (tenant_id > 0),
  CONSTRAINT ck_content_price CHECK (unlock_price_micros > 0),
  CONSTRAINT ck_content_pass CHECK (time_pass_hours IS NULL OR time_pass_hours > 0),
  CONSTRAINT ck_content_status CHECK (status IN ('ACTIVE', 'ARCHIVED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
