-- Schema of bench/settlement-floor.sh: micro_purchase with the indexes it has in Penny (V1, V2, V4,
-- V5, V10), tab_charge_line and tab_charge_share as V5 makes them, and 1,000,000 tab lines.
CREATE DATABASE IF NOT EXISTS lb;
USE lb;
DROP TABLE IF EXISTS micro_purchase, tab_charge_line, tab_charge_share;
CREATE TABLE micro_purchase (
  id BIGINT NOT NULL, tenant_id BIGINT NOT NULL, shopper VARCHAR(255) NOT NULL,
  kind VARCHAR(16) NOT NULL, item_id BIGINT, item_title VARCHAR(200) NOT NULL, note VARCHAR(500),
  amount_micros BIGINT NOT NULL, currency CHAR(3) NOT NULL, funding VARCHAR(8) NOT NULL,
  channel VARCHAR(16) NOT NULL, status VARCHAR(8) NOT NULL, expires_at TIMESTAMP(6) NULL,
  tab_charge_id BIGINT, charged_micros BIGINT NOT NULL DEFAULT 0, created_at TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id), UNIQUE KEY (tenant_id, id),
  KEY ix_shopper (tenant_id, shopper, id), KEY ix_kind (tenant_id, kind, id),
  KEY ix_tab (shopper, funding, tab_charge_id, currency, id),
  KEY ix_day (tenant_id, created_at, status, amount_micros, funding, currency)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE tab_charge_line (tenant_id BIGINT NOT NULL, charge_id BIGINT NOT NULL, purchase_id BIGINT NOT NULL,
  covered_micros BIGINT NOT NULL, PRIMARY KEY (tenant_id, charge_id, purchase_id), KEY (charge_id, tenant_id)) ENGINE=InnoDB;
CREATE TABLE tab_charge_share (tenant_id BIGINT NOT NULL, charge_id BIGINT NOT NULL, day DATE NOT NULL, currency CHAR(3) NOT NULL,
  amount_micros BIGINT NOT NULL, fee_micros BIGINT NOT NULL, line_count INT NOT NULL, standalone_fee_micros BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, charge_id), KEY (tenant_id, day, charge_id), KEY (day, tenant_id)) ENGINE=InnoDB;
-- 10,000 shoppers x 100 stores: purchase i belongs to shopper i DIV 100, store i MOD 100.
INSERT INTO micro_purchase (id, tenant_id, shopper, kind, item_title, amount_micros, currency, funding, channel, status, created_at)
SELECT seq, 1 + seq MOD 100, CONCAT('shopper-', seq DIV 100), 'METERED', 'call', 12300, 'USD', 'TAB', 'API', 'ACTIVE',
       TIMESTAMP('2026-12-01') + INTERVAL (seq MOD 86400) SECOND
FROM seq_0_to_999999;
