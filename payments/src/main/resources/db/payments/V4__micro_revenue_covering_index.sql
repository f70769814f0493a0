-- The dashboard's sums of a store's micro-purchases per day read the index alone (the plan check
-- found the (tenant_id, created_at) index passed over for a full scan once a month was half of a
-- large store's purchases).
DROP INDEX ix_micro_purchase_created ON micro_purchase;
CREATE INDEX ix_micro_purchase_day ON micro_purchase (tenant_id, created_at, status, amount_micros);
