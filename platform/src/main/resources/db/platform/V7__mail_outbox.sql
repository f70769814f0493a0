-- Outgoing e-mail (receipts): queued in the transaction that causes it, sent afterwards, kept.
CREATE TABLE outbound_mail (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id   BIGINT       NOT NULL,
  recipient   VARCHAR(254) NOT NULL,
  from_name   VARCHAR(160) NOT NULL,
  subject     VARCHAR(200) NOT NULL,
  body        TEXT         NOT NULL,
  created_at  TIMESTAMP(6) NOT NULL,
  sent_at     TIMESTAMP(6) NULL,
  attempts    INT          NOT NULL DEFAULT 0,
  last_error  VARCHAR(200),
  PRIMARY KEY (id),
  CONSTRAINT fk_outbound_mail_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_outbound_mail_tenant CHECK (tenant_id > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The sender's work list across stores.
CREATE INDEX ix_outbound_mail_unsent ON outbound_mail (sent_at, id);
