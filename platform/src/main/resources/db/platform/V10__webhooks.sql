-- Webhooks: a store's endpoints, the events its changes publish (an outbox written in the same
-- transaction as the change), and each event's delivery to each endpoint, retried with back-off.

CREATE TABLE webhook_endpoint (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  public_id        CHAR(26)     NOT NULL,
  tenant_id        BIGINT       NOT NULL,
  url              VARCHAR(500) NOT NULL,
  secret           VARCHAR(80)  NOT NULL,
  -- After a rotation the old secret also signs, for a day, so that a receiver can switch over.
  previous_secret  VARCHAR(80),
  previous_until   TIMESTAMP(6),
  created_at       TIMESTAMP(6) NOT NULL,
  deleted_at       TIMESTAMP(6),
  PRIMARY KEY (id),
  CONSTRAINT uq_webhook_endpoint_public UNIQUE (public_id),
  KEY ix_webhook_endpoint_tenant (tenant_id, id),
  CONSTRAINT fk_webhook_endpoint_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_webhook_endpoint_tenant CHECK (tenant_id > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE webhook_event (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  public_id   CHAR(26)     NOT NULL,
  tenant_id   BIGINT       NOT NULL,
  type        VARCHAR(40)  NOT NULL,
  payload     MEDIUMTEXT   NOT NULL,
  created_at  TIMESTAMP(6) NOT NULL,
  fanned_out  BOOLEAN      NOT NULL DEFAULT FALSE,
  PRIMARY KEY (id),
  CONSTRAINT uq_webhook_event_public UNIQUE (public_id),
  KEY ix_webhook_event_fan (fanned_out, id),
  KEY ix_webhook_event_tenant (tenant_id, id),
  CONSTRAINT ck_webhook_event_tenant CHECK (tenant_id > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE webhook_delivery (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id        BIGINT       NOT NULL,
  event_id         BIGINT       NOT NULL,
  endpoint_id      BIGINT       NOT NULL,
  status           VARCHAR(10)  NOT NULL,
  attempts         INT          NOT NULL DEFAULT 0,
  next_attempt_at  TIMESTAMP(6) NOT NULL,
  last_status      INT,
  last_error       VARCHAR(200),
  delivered_at     TIMESTAMP(6),
  created_at       TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_webhook_delivery UNIQUE (endpoint_id, event_id),
  KEY ix_webhook_delivery_due (status, next_attempt_at, id),
  KEY ix_webhook_delivery_tenant (tenant_id, id),
  CONSTRAINT fk_webhook_delivery_event FOREIGN KEY (event_id) REFERENCES webhook_event (id),
  CONSTRAINT fk_webhook_delivery_endpoint FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoint (id),
  CONSTRAINT ck_webhook_delivery_tenant CHECK (tenant_id > 0),
  CONSTRAINT ck_webhook_delivery_status CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED'))
) ENGINE = InnoDB;
