-- An order's card payment at the checkout zone (its id there; no card data), the amount charged
-- in whole minor units (the total rounded half up; the difference is the order's rounding), and
-- the key that lets a guest open their order's pages.
ALTER TABLE store_order
  ADD COLUMN payment_id     VARCHAR(40),
  ADD COLUMN charged_micros BIGINT       NOT NULL DEFAULT 0,
  ADD COLUMN access_key     CHAR(32)     NOT NULL DEFAULT '';

-- A full refund gives back what the card was charged (the total rounded to minor units).
ALTER TABLE store_order
  DROP CONSTRAINT ck_order_refunded,
  ADD CONSTRAINT ck_order_refunded CHECK (refunded_micros >= 0 AND refunded_micros <= GREATEST(charged_micros, total_micros));

-- The sweep that cancels orders left unpaid (across stores, through the named seam).
CREATE INDEX ix_order_pending ON store_order (status, placed_at);

-- A refund asked for twice with the same key (a double click, a retried API call) is one refund.
ALTER TABLE order_event ADD COLUMN request_key VARCHAR(80);
CREATE UNIQUE INDEX uq_order_event_key ON order_event (tenant_id, order_id, request_key);

-- The dashboard's daily figures.
CREATE INDEX ix_order_placed ON store_order (tenant_id, placed_at);
