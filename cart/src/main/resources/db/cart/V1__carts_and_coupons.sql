-- Carts and coupons (the cart module's own migrations, history in flyway_history_cart).
-- Same rules as the platform's: tenant_id on every row, CHECKs refuse the placeholder tenant,
-- every key and foreign key led by tenant_id.

CREATE TABLE cart (
  id                  BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id           BIGINT       NOT NULL,
  token               CHAR(43)     NOT NULL,
  shopper_subject     VARCHAR(255),
  coupon_code         VARCHAR(40),
  shipping_method_id  BIGINT,
  created_at          TIMESTAMP(6) NOT NULL,
  updated_at          TIMESTAMP(6) NOT NULL,
  version             INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_cart_token UNIQUE (tenant_id, token),
  CONSTRAINT uq_cart_shopper UNIQUE (tenant_id, shopper_subject),
  CONSTRAINT uq_cart_tenant_id UNIQUE (tenant_id, id),
  CONSTRAINT fk_cart_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_cart_tenant CHECK (tenant_id > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Old guest carts are found by age for clean-up.
CREATE INDEX ix_cart_updated ON cart (tenant_id, updated_at);

CREATE TABLE cart_line (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id   BIGINT       NOT NULL,
  cart_id     BIGINT       NOT NULL,
  variant_id  BIGINT       NOT NULL,
  quantity    INT          NOT NULL,
  added_at    TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_cart_line_variant UNIQUE (tenant_id, cart_id, variant_id),
  CONSTRAINT fk_cart_line_cart FOREIGN KEY (tenant_id, cart_id) REFERENCES cart (tenant_id, id),
  CONSTRAINT ck_cart_line_tenant CHECK (tenant_id > 0),
  CONSTRAINT ck_cart_line_quantity CHECK (quantity BETWEEN 1 AND 99)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE coupon (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id         BIGINT       NOT NULL,
  code              VARCHAR(40)  NOT NULL,
  kind              VARCHAR(10)  NOT NULL,
  percent_ppm       INT,
  amount_micros     BIGINT,
  amount_currency   CHAR(3),
  minimum_micros    BIGINT       NOT NULL,
  minimum_currency  CHAR(3)      NOT NULL,
  expires_at        TIMESTAMP(6) NULL,
  usage_limit       INT,
  used_count        INT          NOT NULL DEFAULT 0,
  active            BOOLEAN      NOT NULL,
  created_at        TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_coupon_code UNIQUE (tenant_id, code),
  CONSTRAINT fk_coupon_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_coupon_tenant CHECK (tenant_id > 0),
  CONSTRAINT ck_coupon_kind CHECK (
    (kind = 'PERCENT' AND percent_ppm BETWEEN 1 AND 1000000 AND amount_micros IS NULL)
    OR (kind = 'AMOUNT' AND percent_ppm IS NULL AND amount_micros > 0)),
  CONSTRAINT ck_coupon_minimum CHECK (minimum_micros >= 0),
  CONSTRAINT ck_coupon_uses CHECK (used_count >= 0 AND (usage_limit IS NULL OR used_count <= usage_limit))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
