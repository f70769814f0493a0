-- Idempotency keys of API requests that move money (kept at least 30 days).
CREATE TABLE idempotent_request (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id      BIGINT       NOT NULL,
  idem_key       VARCHAR(255) NOT NULL,
  request_hash   CHAR(64)     NOT NULL,
  status         INT          NOT NULL,
  response_body  MEDIUMTEXT   NOT NULL,
  created_at     TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_idempotent_key UNIQUE (tenant_id, idem_key),
  CONSTRAINT fk_idempotent_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_idempotent_tenant CHECK (tenant_id > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
