-- The saved card a top-up charges, so that a top-up whose first call got no answer (or a server
-- that stopped between recording and charging it) can be asked about again with the same
-- idempotency key at the checkout zone, which answers the first charge and never makes a second.
ALTER TABLE top_up ADD COLUMN card_token VARCHAR(64) NULL AFTER payment_id;
