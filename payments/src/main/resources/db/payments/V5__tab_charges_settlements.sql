-- Micropayments part 2: tabs become card charges, and every store gets a daily settlement.

-- A tab's receipts go to the address the shopper had when they opened it (or paid it).
ALTER TABLE tab ADD COLUMN receipt_email VARCHAR(254) NULL AFTER card_label;
-- How many charge cycles the tab has been through: a charge's idempotency key names its cycle.
ALTER TABLE tab ADD COLUMN cycle INT NOT NULL DEFAULT 0 AFTER consented_at;
ALTER TABLE tab ADD COLUMN locked_at TIMESTAMP(6) NULL AFTER cycle;

-- How much of a tab line card charges have collected (or a charge in flight has claimed). A line
-- is open while tab_charge_id is NULL; a line partly collected (the sub-cent remainder of a charge
-- rounded down to cents) stays open with the rest, as the first line of the next cycle.
ALTER TABLE micro_purchase ADD COLUMN charged_micros BIGINT NOT NULL DEFAULT 0 AFTER tab_charge_id;
ALTER TABLE micro_purchase ADD CONSTRAINT ck_micro_purchase_charged
  CHECK (charged_micros >= 0 AND charged_micros <= amount_micros);

-- The new kinds of transfer: a card paying a tab, a store's share of card fees and of the
-- platform's fee, a store's payout, and a collected purchase refunded.
ALTER TABLE ledger_transfer DROP CONSTRAINT ck_ledger_transfer_kind;
ALTER TABLE ledger_transfer ADD CONSTRAINT ck_ledger_transfer_kind CHECK (kind IN (
  'TOP_UP', 'PURCHASE', 'VOID', 'REFUND', 'TAB_CHARGE', 'CARD_FEE', 'PLATFORM_FEE', 'PAYOUT',
  'COLLECTED_REFUND'));

-- One aggregated card charge of a tab: the part-th charge of the tab's cycle-th cycle. The unique
-- key is what makes a charge happen once however many servers try: whoever inserts the row owns
-- the call to the checkout zone, whose idempotency key is derived from the same cycle and part.
CREATE TABLE tab_charge (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  public_id        CHAR(26)     NOT NULL,
  tab_account      BIGINT       NOT NULL,
  shopper          VARCHAR(255) NOT NULL,
  cycle            INT          NOT NULL,
  part             INT          NOT NULL,
  reason           VARCHAR(12)  NOT NULL,
  amount_micros    BIGINT       NOT NULL,
  currency         CHAR(3)      NOT NULL,
  card_token       VARCHAR(64)  NOT NULL,
  card_label       VARCHAR(60)  NOT NULL,
  status           VARCHAR(12)  NOT NULL,
  attempts         INT          NOT NULL DEFAULT 0,
  next_attempt_at  TIMESTAMP(6) NOT NULL,
  payment_id       VARCHAR(64),
  decline_code     VARCHAR(40),
  fee_micros       BIGINT,
  created_at       TIMESTAMP(6) NOT NULL,
  settled_at       TIMESTAMP(6),
  PRIMARY KEY (id),
  CONSTRAINT uq_tab_charge_public UNIQUE (public_id),
  CONSTRAINT uq_tab_charge_cycle UNIQUE (tab_account, cycle, part),
  CONSTRAINT fk_tab_charge_tab FOREIGN KEY (tab_account) REFERENCES tab (account_id),
  CONSTRAINT ck_tab_charge_amount CHECK (amount_micros > 0),
  CONSTRAINT ck_tab_charge_status
    CHECK (status IN ('PENDING', 'UNKNOWN', 'DECLINED', 'SUCCEEDED', 'FAILED')),
  CONSTRAINT ck_tab_charge_reason CHECK (reason IN ('THRESHOLD', 'AGE', 'IDLE', 'PAY_NOW'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX ix_tab_charge_work ON tab_charge (status, next_attempt_at, id);
CREATE INDEX ix_tab_charge_shopper ON tab_charge (shopper, id);
CREATE INDEX ix_tab_charge_settled ON tab_charge (settled_at, id);

-- What a charge collects of each line it covers, and the store's share of its card fee
-- (allocated when the charge succeeds). Store-owned: tenant_id leads.
CREATE TABLE tab_charge_line (
  tenant_id       BIGINT NOT NULL,
  charge_id       BIGINT NOT NULL,
  purchase_id     BIGINT NOT NULL,
  covered_micros  BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, charge_id, purchase_id),
  KEY ix_tab_charge_line_charge (charge_id, tenant_id),
  CONSTRAINT fk_tab_charge_line_charge FOREIGN KEY (charge_id) REFERENCES tab_charge (id),
  CONSTRAINT ck_tab_charge_line_tenant CHECK (tenant_id > 0),
  CONSTRAINT ck_tab_charge_line_covered CHECK (covered_micros > 0)
) ENGINE = InnoDB;

-- A charge's split by store: what it collected for the store and the store's share of its fee.
CREATE TABLE tab_charge_share (
  tenant_id        BIGINT NOT NULL,
  charge_id        BIGINT NOT NULL,
  day              DATE   NOT NULL,
  currency         CHAR(3) NOT NULL,
  amount_micros    BIGINT NOT NULL,
  fee_micros       BIGINT NOT NULL,
  line_count       INT    NOT NULL,
  -- What the store would have paid in card fees charging each covered line on its own.
  standalone_fee_micros BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, charge_id),
  KEY ix_tab_charge_share_day (tenant_id, day, charge_id),
  KEY ix_tab_charge_share_all_day (day, tenant_id),
  CONSTRAINT fk_tab_charge_share_charge FOREIGN KEY (charge_id) REFERENCES tab_charge (id),
  CONSTRAINT ck_tab_charge_share_tenant CHECK (tenant_id > 0)
) ENGINE = InnoDB;

-- The itemised receipt of each succeeded charge, as the card networks' rules for aggregated
-- charges ask: written with the charge's success, mailed afterwards.
CREATE TABLE tab_receipt (
  charge_id   BIGINT       NOT NULL,
  recipient   VARCHAR(254),
  subject     VARCHAR(200) NOT NULL,
  body        MEDIUMTEXT   NOT NULL,
  created_at  TIMESTAMP(6) NOT NULL,
  sent_at     TIMESTAMP(6),
  attempts    INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (charge_id),
  KEY ix_tab_receipt_unsent (sent_at, charge_id),
  CONSTRAINT fk_tab_receipt_charge FOREIGN KEY (charge_id) REFERENCES tab_charge (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- One settlement per store per (UTC) day.
CREATE TABLE settlement (
  id                    BIGINT       NOT NULL AUTO_INCREMENT,
  public_id             CHAR(26)     NOT NULL,
  tenant_id             BIGINT       NOT NULL,
  day                   DATE         NOT NULL,
  currency              CHAR(3)      NOT NULL,
  wallet_micros         BIGINT       NOT NULL,
  tab_micros            BIGINT       NOT NULL,
  gross_micros          BIGINT       NOT NULL,
  card_fee_micros       BIGINT       NOT NULL,
  platform_fee_micros   BIGINT       NOT NULL,
  refund_micros         BIGINT       NOT NULL,
  net_micros            BIGINT       NOT NULL,
  carried_in_micros     BIGINT       NOT NULL,
  payout_micros         BIGINT       NOT NULL,
  carried_out_micros    BIGINT       NOT NULL,
  standalone_fee_micros BIGINT       NOT NULL,
  line_count            INT          NOT NULL,
  card_charges          INT          NOT NULL,
  created_at            TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_settlement_public UNIQUE (public_id),
  CONSTRAINT uq_settlement_day UNIQUE (tenant_id, day, currency),
  CONSTRAINT fk_settlement_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_settlement_tenant CHECK (tenant_id > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- A settlement run (the batch job): how far it got, for the admin's progress bar.
CREATE TABLE settlement_run (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  day           DATE         NOT NULL,
  status        VARCHAR(12)  NOT NULL,
  tabs_total    INT          NOT NULL DEFAULT 0,
  tabs_done     INT          NOT NULL DEFAULT 0,
  stores_total  INT          NOT NULL DEFAULT 0,
  stores_done   INT          NOT NULL DEFAULT 0,
  started_at    TIMESTAMP(6) NOT NULL,
  finished_at   TIMESTAMP(6),
  PRIMARY KEY (id),
  KEY ix_settlement_run_day (day, id),
  CONSTRAINT ck_settlement_run_status CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED'))
) ENGINE = InnoDB;

-- A refund after settlement (to the wallet or the card): a negative line of the settlement of the
-- day it was done. Recorded (PENDING) under the purchase's lock before money moves, so that
-- refunds never add up to more than the purchase; DONE once the ledger (and for a card, the
-- checkout zone) moved the money; FAILED when the zone refused.
CREATE TABLE micro_refund (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  public_id       CHAR(26)     NOT NULL,
  tenant_id       BIGINT       NOT NULL,
  purchase_id     BIGINT       NOT NULL,
  request_key     VARCHAR(255) NOT NULL,
  amount_micros   BIGINT       NOT NULL,
  currency        CHAR(3)      NOT NULL,
  destination     VARCHAR(8)   NOT NULL,
  status          VARCHAR(8)   NOT NULL,
  created_at      TIMESTAMP(6) NOT NULL,
  done_at         TIMESTAMP(6),
  PRIMARY KEY (id),
  CONSTRAINT uq_micro_refund_public UNIQUE (public_id),
  CONSTRAINT uq_micro_refund_request UNIQUE (tenant_id, request_key),
  KEY ix_micro_refund_day (tenant_id, done_at),
  KEY ix_micro_refund_purchase (tenant_id, purchase_id),
  KEY ix_micro_refund_status (status, id),
  CONSTRAINT fk_micro_refund_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_micro_refund_tenant CHECK (tenant_id > 0),
  CONSTRAINT ck_micro_refund_amount CHECK (amount_micros > 0),
  CONSTRAINT ck_micro_refund_destination CHECK (destination IN ('WALLET', 'CARD')),
  CONSTRAINT ck_micro_refund_status CHECK (status IN ('PENDING', 'DONE', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- A reconciliation of one day: the acquirer's settlement file against Penny's own card charges
-- (tab charges, wallet top-ups, card refunds) and its settlements, with every difference found.
CREATE TABLE reconciliation (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  day              DATE         NOT NULL,
  matched          INT          NOT NULL,
  differences      INT          NOT NULL,
  acquirer_micros  BIGINT       NOT NULL,
  penny_micros     BIGINT       NOT NULL,
  currency_note    VARCHAR(200) NOT NULL,
  report           MEDIUMTEXT   NOT NULL,
  checked_at       TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_reconciliation_day (day, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
