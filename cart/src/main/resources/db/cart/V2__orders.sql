-- Orders: numbered per store, amounts copied from the priced cart when placed (one currency
-- column for all of them), lines copied from the catalog, and an append-only history of changes.

CREATE TABLE order_counter (
  id           BIGINT NOT NULL AUTO_INCREMENT,
  tenant_id    BIGINT NOT NULL,
  last_number  BIGINT NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_order_counter_tenant UNIQUE (tenant_id),
  CONSTRAINT fk_order_counter_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_order_counter_tenant CHECK (tenant_id > 0)
) ENGINE = InnoDB;

CREATE TABLE store_order (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id         BIGINT       NOT NULL,
  number            BIGINT       NOT NULL,
  status            VARCHAR(12)  NOT NULL,
  email             VARCHAR(254) NOT NULL,
  shopper_subject   VARCHAR(255),
  ship_name         VARCHAR(120),
  ship_line1        VARCHAR(200),
  ship_city         VARCHAR(100),
  ship_postcode     VARCHAR(20),
  ship_country      CHAR(2),
  shipping_method   VARCHAR(80),
  coupon_code       VARCHAR(40),
  currency          CHAR(3)      NOT NULL,
  subtotal_micros   BIGINT       NOT NULL,
  discount_micros   BIGINT       NOT NULL,
  shipping_micros   BIGINT       NOT NULL,
  tax_micros        BIGINT       NOT NULL,
  total_micros      BIGINT       NOT NULL,
  refunded_micros   BIGINT       NOT NULL DEFAULT 0,
  placed_at         TIMESTAMP(6) NOT NULL,
  updated_at        TIMESTAMP(6) NOT NULL,
  version           INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_order_number UNIQUE (tenant_id, number),
  CONSTRAINT uq_order_tenant_id UNIQUE (tenant_id, id),
  CONSTRAINT fk_order_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_order_tenant CHECK (tenant_id > 0),
  CONSTRAINT ck_order_status CHECK (status IN ('PENDING', 'PAID', 'FULFILLED', 'CANCELLED', 'REFUNDED')),
  CONSTRAINT ck_order_amounts CHECK (subtotal_micros >= 0 AND discount_micros >= 0 AND shipping_micros >= 0
    AND tax_micros >= 0 AND total_micros = subtotal_micros - discount_micros + shipping_micros + tax_micros),
  CONSTRAINT ck_order_refunded CHECK (refunded_micros BETWEEN 0 AND total_micros)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The admin's lists: by status, by e-mail, newest first (keyset on number).
CREATE INDEX ix_order_status ON store_order (tenant_id, status, number);
CREATE INDEX ix_order_email ON store_order (tenant_id, email, number);
CREATE INDEX ix_order_shopper ON store_order (tenant_id, shopper_subject, number);

CREATE TABLE order_line (
  id                 BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id          BIGINT       NOT NULL,
  order_id           BIGINT       NOT NULL,
  variant_id         BIGINT       NOT NULL,
  product_id         BIGINT       NOT NULL,
  product_name       VARCHAR(160) NOT NULL,
  variant_name       VARCHAR(120) NOT NULL,
  sku                VARCHAR(64)  NOT NULL,
  unit_price_micros  BIGINT       NOT NULL,
  currency           CHAR(3)      NOT NULL,
  quantity           INT          NOT NULL,
  physical           BOOLEAN      NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_order_line_order FOREIGN KEY (tenant_id, order_id) REFERENCES store_order (tenant_id, id),
  CONSTRAINT ck_order_line_tenant CHECK (tenant_id > 0),
  CONSTRAINT ck_order_line_quantity CHECK (quantity BETWEEN 1 AND 99),
  CONSTRAINT ck_order_line_price CHECK (unit_price_micros >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE order_event (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id        BIGINT       NOT NULL,
  order_id         BIGINT       NOT NULL,
  from_status      VARCHAR(12),
  to_status        VARCHAR(12)  NOT NULL,
  kind             VARCHAR(40)  NOT NULL,
  actor            VARCHAR(255) NOT NULL,
  amount_micros    BIGINT,
  amount_currency  CHAR(3),
  happened_at      TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_order_event_order FOREIGN KEY (tenant_id, order_id) REFERENCES store_order (tenant_id, id),
  CONSTRAINT ck_order_event_tenant CHECK (tenant_id > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
