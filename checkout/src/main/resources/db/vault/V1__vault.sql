-- The checkout zone's own schema: the vault's cards, payments and the journal of acquirer
-- requests, and the sandbox acquirer's records. No other Penny table lives here, and Penny's
-- database user has no grant on this schema.

CREATE TABLE card (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  token         VARCHAR(40)   NOT NULL,
  key_id        VARCHAR(32)   NOT NULL,
  nonce         VARBINARY(12) NOT NULL,
  ciphertext    VARBINARY(64) NOT NULL,
  brand         VARCHAR(20)   NOT NULL,
  last_four     CHAR(4)       NOT NULL,
  exp_month     INT           NOT NULL,
  exp_year      INT           NOT NULL,
  store         VARCHAR(60)   NOT NULL,
  shopper       VARCHAR(255),
  saved         BOOLEAN       NOT NULL,
  consent_text  VARCHAR(500),
  created_at    TIMESTAMP(6)  NOT NULL,
  removed_at    TIMESTAMP(6)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_card_token UNIQUE (token),
  CONSTRAINT ck_card_month CHECK (exp_month BETWEEN 1 AND 12)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX ix_card_shopper ON card (shopper, saved);

CREATE TABLE payment (
  id                 BIGINT       NOT NULL AUTO_INCREMENT,
  public_id          VARCHAR(40)  NOT NULL,
  secret_hash        CHAR(64)     NOT NULL,
  store              VARCHAR(60)  NOT NULL,
  order_ref          VARCHAR(60)  NOT NULL,
  amount_micros      BIGINT       NOT NULL,
  currency           CHAR(3)      NOT NULL,
  shopper            VARCHAR(255),
  capture_at_once    BOOLEAN      NOT NULL,
  frame_origin       VARCHAR(200) NOT NULL,
  status             VARCHAR(20)  NOT NULL,
  card_token         VARCHAR(40),
  authorization_ref  VARCHAR(40),
  pending_request    VARCHAR(80),
  decline_code       VARCHAR(40),
  attempts           INT          NOT NULL DEFAULT 0,
  captured_micros    BIGINT       NOT NULL DEFAULT 0,
  refunded_micros    BIGINT       NOT NULL DEFAULT 0,
  created_at         TIMESTAMP(6) NOT NULL,
  updated_at         TIMESTAMP(6) NOT NULL,
  version            INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_payment_public UNIQUE (public_id),
  CONSTRAINT ck_payment_amount CHECK (amount_micros > 0),
  CONSTRAINT ck_payment_refund CHECK (refunded_micros BETWEEN 0 AND captured_micros),
  CONSTRAINT ck_payment_capture CHECK (captured_micros BETWEEN 0 AND amount_micros)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX ix_payment_status ON payment (status, updated_at);

CREATE TABLE payment_request (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  request_id     VARCHAR(80)  NOT NULL,
  payment_id     VARCHAR(40)  NOT NULL,
  kind           VARCHAR(12)  NOT NULL,
  amount_micros  BIGINT       NOT NULL,
  currency       CHAR(3)      NOT NULL,
  outcome        VARCHAR(20),
  sent_at        TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_payment_request UNIQUE (request_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE sandbox_transaction (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  request_id     VARCHAR(80)  NOT NULL,
  kind           VARCHAR(10)  NOT NULL,
  outcome        VARCHAR(20)  NOT NULL,
  reference      VARCHAR(40),
  `authorization` VARCHAR(40),
  decline_code   VARCHAR(40),
  amount_micros  BIGINT       NOT NULL,
  currency       CHAR(3)      NOT NULL,
  created_at     TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_sandbox_request UNIQUE (request_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX ix_sandbox_reference ON sandbox_transaction (reference);
CREATE INDEX ix_sandbox_authorization ON sandbox_transaction (`authorization`);
CREATE INDEX ix_sandbox_created ON sandbox_transaction (created_at);
