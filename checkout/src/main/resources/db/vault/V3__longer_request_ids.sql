-- A refund's request id is its payment's id, "-refund-" and the caller's key (up to 64):
-- up to 100 characters, which VARCHAR(80) cut off (a 500 for a long key).
ALTER TABLE payment_request MODIFY request_id VARCHAR(120) NOT NULL;
ALTER TABLE sandbox_transaction MODIFY request_id VARCHAR(120) NOT NULL;
