-- A store's payments by its reference (an order, or a charge's idempotency key): one each.
CREATE UNIQUE INDEX uq_payment_reference ON payment (store, order_ref);
