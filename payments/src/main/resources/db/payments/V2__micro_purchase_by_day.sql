-- The admin's dashboard sums a store's micro-purchases per day and finds its top content since a
-- date: both read a range of created_at within one store.
CREATE INDEX ix_micro_purchase_created ON micro_purchase (tenant_id, created_at);
