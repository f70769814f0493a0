-- The micropayments ledger (the payments module's own migrations, history in
-- flyway_history_payments).
--
-- Accounts and transfers belong to the platform, not to a store: a wallet and a tab serve every
-- store, and Penny is the merchant of record for what they collect. A store's share is its STORE
-- account (owner = the store's tenant id). What a store sees of a purchase (micro_purchase,
-- entitlement) is store-owned as everywhere else: tenant_id first in every key.

CREATE TABLE ledger_account (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  kind            VARCHAR(16)  NOT NULL,
  owner           VARCHAR(255) NOT NULL,
  currency        CHAR(3)      NOT NULL,
  balance_micros  BIGINT       NOT NULL DEFAULT 0,
  -- The lowest balance the account may reach: 0 for a wallet, minus the limit for a tab, none
  -- for the platform's own accounts. The CHECK is the database's last line behind the writer's.
  floor_micros    BIGINT,
  locked          BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at      TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_ledger_account UNIQUE (kind, owner, currency),
  CONSTRAINT ck_ledger_account_kind
    CHECK (kind IN ('WALLET', 'TAB', 'STORE', 'CARD_CLEARING', 'FEES', 'PAYOUTS')),
  CONSTRAINT ck_ledger_account_floor CHECK (floor_micros IS NULL OR balance_micros >= floor_micros)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- A transfer moves amount_micros from the debit account to the credit account: two entries, one
-- minus and one plus, so every currency's entries sum to zero by construction. Rows are never
-- updated or deleted; a void is a new transfer that names the one it reverses.
CREATE TABLE ledger_transfer (
  id              BIGINT       NOT NULL,
  idem_key        VARCHAR(320) NOT NULL,
  request_hash    CHAR(64)     NOT NULL,
  kind            VARCHAR(16)  NOT NULL,
  debit_account   BIGINT       NOT NULL,
  credit_account  BIGINT       NOT NULL,
  amount_micros   BIGINT       NOT NULL,
  currency        CHAR(3)      NOT NULL,
  store_id        BIGINT,
  memo            VARCHAR(200) NOT NULL,
  reverses        BIGINT,
  nonce           VARCHAR(100),
  created_at      TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_ledger_transfer_key UNIQUE (idem_key),
  CONSTRAINT uq_ledger_transfer_reverses UNIQUE (reverses),
  CONSTRAINT uq_ledger_transfer_nonce UNIQUE (nonce),
  CONSTRAINT fk_ledger_transfer_debit FOREIGN KEY (debit_account) REFERENCES ledger_account (id),
  CONSTRAINT fk_ledger_transfer_credit FOREIGN KEY (credit_account) REFERENCES ledger_account (id),
  CONSTRAINT ck_ledger_transfer_amount CHECK (amount_micros > 0),
  CONSTRAINT ck_ledger_transfer_accounts CHECK (debit_account <> credit_account),
  CONSTRAINT ck_ledger_transfer_kind CHECK (kind IN ('TOP_UP', 'PURCHASE', 'VOID', 'REFUND'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX ix_ledger_transfer_debit ON ledger_transfer (debit_account, id);
CREATE INDEX ix_ledger_transfer_credit ON ledger_transfer (credit_account, id);

-- Transfer ids are handed out in blocks (hi/lo), so the writer inserts many rows in one
-- statement without asking the database for each id; MySQL has no sequences.
CREATE TABLE ledger_id_block (
  name        VARCHAR(40) NOT NULL,
  next_value  BIGINT      NOT NULL,
  PRIMARY KEY (name)
) ENGINE = InnoDB;
INSERT INTO ledger_id_block (name, next_value) VALUES ('transfer', 1);

-- What a store sold: one row per micro-purchase (its id is the transfer's), store-owned.
CREATE TABLE micro_purchase (
  id              BIGINT       NOT NULL,
  tenant_id       BIGINT       NOT NULL,
  shopper         VARCHAR(255) NOT NULL,
  kind            VARCHAR(16)  NOT NULL,
  item_id         BIGINT,
  item_title      VARCHAR(200) NOT NULL,
  note            VARCHAR(500),
  amount_micros   BIGINT       NOT NULL,
  currency        CHAR(3)      NOT NULL,
  funding         VARCHAR(8)   NOT NULL,
  channel         VARCHAR(16)  NOT NULL,
  status          VARCHAR(8)   NOT NULL,
  expires_at      TIMESTAMP(6),
  -- The tab charge (part 2) that collected this line; NULL while it is on the open tab.
  tab_charge_id   BIGINT,
  created_at      TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_micro_purchase_tenant_id UNIQUE (tenant_id, id),
  CONSTRAINT fk_micro_purchase_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_micro_purchase_tenant CHECK (tenant_id > 0),
  CONSTRAINT ck_micro_purchase_amount CHECK (amount_micros > 0),
  CONSTRAINT ck_micro_purchase_kind CHECK (kind IN ('UNLOCK', 'TIP', 'ITEM', 'METERED')),
  CONSTRAINT ck_micro_purchase_funding CHECK (funding IN ('WALLET', 'TAB')),
  CONSTRAINT ck_micro_purchase_status CHECK (status IN ('ACTIVE', 'VOIDED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX ix_micro_purchase_shopper ON micro_purchase (tenant_id, shopper, id);
CREATE INDEX ix_micro_purchase_kind ON micro_purchase (tenant_id, kind, id);
-- A shopper's open tab lists its lines from every store (TabService, across stores by name).
CREATE INDEX ix_micro_purchase_tab ON micro_purchase (shopper, funding, tab_charge_id, currency, id);

-- What a shopper may read: one row per store, shopper and content item, updated by a new unlock
-- (a time pass bought again) and removed by a void. The primary key stops a double unlock that
-- two servers race.
CREATE TABLE entitlement (
  tenant_id    BIGINT       NOT NULL,
  shopper      VARCHAR(255) NOT NULL,
  content_id   BIGINT       NOT NULL,
  purchase_id  BIGINT       NOT NULL,
  expires_at   TIMESTAMP(6),
  PRIMARY KEY (tenant_id, shopper, content_id),
  KEY ix_entitlement_purchase (tenant_id, purchase_id),
  CONSTRAINT fk_entitlement_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_entitlement_tenant CHECK (tenant_id > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- A tab, beside its ledger account: the consent it was opened with (the card networks' rules for
-- aggregated charges) and the saved card it will be charged to.
CREATE TABLE tab (
  account_id       BIGINT       NOT NULL,
  shopper          VARCHAR(255) NOT NULL,
  currency         CHAR(3)      NOT NULL,
  card_token       VARCHAR(64)  NOT NULL,
  card_label       VARCHAR(60)  NOT NULL,
  consent_version  VARCHAR(20)  NOT NULL,
  consent_wording  TEXT         NOT NULL,
  consented_at     TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (account_id),
  CONSTRAINT uq_tab_shopper UNIQUE (shopper, currency),
  CONSTRAINT fk_tab_account FOREIGN KEY (account_id) REFERENCES ledger_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- How a shopper pays one-click purchases: chosen once, changed any time.
CREATE TABLE pay_with_choice (
  shopper  VARCHAR(255) NOT NULL,
  funding  VARCHAR(8)   NOT NULL,
  PRIMARY KEY (shopper),
  CONSTRAINT ck_pay_with_funding CHECK (funding IN ('WALLET', 'TAB'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- A wallet top-up by card: the zone's payment, and the transfer that credited the wallet once the
-- zone said it was captured.
CREATE TABLE top_up (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  public_id      CHAR(36)     NOT NULL,
  shopper        VARCHAR(255) NOT NULL,
  request_key    VARCHAR(255) NOT NULL,
  amount_micros  BIGINT       NOT NULL,
  currency       CHAR(3)      NOT NULL,
  payment_id     VARCHAR(64),
  status         VARCHAR(12)  NOT NULL,
  transfer_id    BIGINT,
  created_at     TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_top_up_public UNIQUE (public_id),
  CONSTRAINT uq_top_up_request UNIQUE (shopper, request_key),
  CONSTRAINT ck_top_up_amount CHECK (amount_micros > 0),
  CONSTRAINT ck_top_up_status CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED', 'UNKNOWN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX ix_top_up_shopper ON top_up (shopper, id);
CREATE INDEX ix_top_up_status ON top_up (status, id);

-- A shopper's spending keys for machine clients: no secret is stored (it is derived from the
-- platform's key and the key id), only what the key may do.
CREATE TABLE spending_key (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  public_id         CHAR(28)     NOT NULL,
  shopper           VARCHAR(255) NOT NULL,
  label             VARCHAR(80)  NOT NULL,
  daily_cap_micros  BIGINT       NOT NULL,
  currency          CHAR(3)      NOT NULL,
  funding           VARCHAR(8)   NOT NULL,
  -- The one store the key may pay in (the shopper's grant to that store), or NULL for any.
  store_id          BIGINT,
  created_at        TIMESTAMP(6) NOT NULL,
  revoked_at        TIMESTAMP(6),
  PRIMARY KEY (id),
  CONSTRAINT uq_spending_key_public UNIQUE (public_id),
  CONSTRAINT ck_spending_key_cap CHECK (daily_cap_micros > 0),
  CONSTRAINT ck_spending_key_funding CHECK (funding IN ('WALLET', 'TAB'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX ix_spending_key_shopper ON spending_key (shopper, id);

-- What a spending key spent in one store on one (UTC) day, against its daily cap.
CREATE TABLE spending_key_day (
  key_id        BIGINT NOT NULL,
  tenant_id     BIGINT NOT NULL,
  day           DATE   NOT NULL,
  spent_micros  BIGINT NOT NULL,
  PRIMARY KEY (key_id, tenant_id, day),
  CONSTRAINT fk_spending_key_day_key FOREIGN KEY (key_id) REFERENCES spending_key (id)
) ENGINE = InnoDB;
