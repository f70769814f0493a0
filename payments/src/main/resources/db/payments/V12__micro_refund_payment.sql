-- The card payment a refund to the card was sent against (the charge that collected most of the
-- purchase), recorded with the refund: the reconciliation read it from the purchase's last charge,
-- which for a purchase two charges collected is another payment, and listed every such refund as
-- a difference. Refunds recorded before this column are read as before.
ALTER TABLE micro_refund ADD COLUMN payment_id VARCHAR(64) NULL;
