-- An HTTP 402 payment answered with an unlock the payer held already: nothing was charged, so no
-- ledger transfer carries its payment id (idem_key '402:<spending key>:<payment id>', as the
-- transfer's would be). The id is bound to that answer here: sent again it gets the same answer,
-- sent for something else it is a conflict, as a charged payment's id is through its transfer.
CREATE TABLE machine_payment_held (
  idem_key     VARCHAR(320) NOT NULL,
  tenant_id    BIGINT       NOT NULL,
  content_id   BIGINT       NOT NULL,
  purchase_id  BIGINT       NOT NULL,
  created_at   TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (idem_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
