-- A store's wallet sales of a day (the settlement) read from the index alone. Without funding and
-- currency in it, every purchase of the day was looked up in the table: at a million micro-charges
-- a day that was a million random reads, most of them from disk once the table outgrew memory.
ALTER TABLE micro_purchase
  DROP INDEX ix_micro_purchase_day,
  ADD INDEX ix_micro_purchase_day (tenant_id, created_at, status, amount_micros, funding, currency);
