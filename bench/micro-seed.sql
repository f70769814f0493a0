-- Shoppers for the micro-charges benchmark (bench/micro.sh): bench-0 (the hot one) to bench-1000,
-- each with a wallet topped up with 1,000.00 USD by a TOP_UP transfer from card clearing (so the
-- ledger balances as after real top-ups), the odd ones also with an open tab, and one spending key
-- each for demo-books (paying from the wallet, or from the tab for the odd ones), capped at 500.00
-- a day. Key ids are spk_<seq as 24 hex digits>; bench/micro_secrets.py derives their secrets.
SET @store = (SELECT id FROM tenant WHERE slug = 'demo-books');
SET @now = NOW(6);

INSERT IGNORE INTO ledger_account (kind, owner, currency, balance_micros, floor_micros, created_at)
VALUES ('CARD_CLEARING', 'penny', 'USD', 0, NULL, @now);
SET @clearing = (SELECT id FROM ledger_account
                 WHERE kind = 'CARD_CLEARING' AND owner = 'penny' AND currency = 'USD');

INSERT INTO ledger_account (kind, owner, currency, balance_micros, floor_micros, created_at)
SELECT 'WALLET', CONCAT('bench-', seq), 'USD', 1000000000, 0, @now FROM seq_0_to_1000;

INSERT INTO ledger_transfer (id, idem_key, request_hash, kind, debit_account, credit_account,
  amount_micros, currency, memo, created_at)
SELECT 8000000000000000000 + a.id, CONCAT('bench-topup:', a.owner), REPEAT('0', 64), 'TOP_UP',
       @clearing, a.id, 1000000000, 'USD', 'Benchmark top-up', @now
FROM ledger_account a WHERE a.kind = 'WALLET' AND a.owner LIKE 'bench-%';

UPDATE ledger_account SET balance_micros = balance_micros - 1001 * 1000000000 WHERE id = @clearing;

INSERT INTO ledger_account (kind, owner, currency, balance_micros, floor_micros, created_at)
SELECT 'TAB', CONCAT('bench-', seq), 'USD', 0, -15000000, @now FROM seq_0_to_1000 WHERE seq % 2 = 1;

INSERT INTO tab (account_id, shopper, currency, card_token, card_label, consent_version,
  consent_wording, consented_at)
SELECT a.id, a.owner, 'USD', 'card_bench', 'Visa •••• 4242', 'bench', 'Benchmark', @now
FROM ledger_account a WHERE a.kind = 'TAB' AND a.owner LIKE 'bench-%';

INSERT INTO spending_key (public_id, shopper, label, daily_cap_micros, currency, funding, store_id,
  created_at)
SELECT CONCAT('spk_', LOWER(LPAD(HEX(seq), 24, '0'))), CONCAT('bench-', seq), 'Benchmark',
       500000000, 'USD', IF(seq % 2 = 1, 'TAB', 'WALLET'), @store, @now
FROM seq_0_to_1000;
