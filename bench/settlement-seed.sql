-- Settlement benchmark seed (bench/settlement.sh): @stores stores ("settle-001"...), @shoppers
-- shoppers ("settle-shopper-1"...) each with an open tab on the saved card the script made for
-- them at the checkout zone (table bench_card), and @lines tab lines each, spread over the stores,
-- bought four days ago (so every tab is due by age), at 0.0123 USD each. The ledger is written as
-- the writer would: one PURCHASE transfer per line (tab to store), balances to match.
-- Statements are separated by a semicolon at the end of a line.

SET @now = NOW(6);
SET @bought = NOW(6) - INTERVAL 4 DAY;

INSERT INTO tenant (slug, name, currency, status, created_at)
SELECT CONCAT('settle-', LPAD(seq, 3, '0')), CONCAT('Settlement store ', seq), 'USD', 'ACTIVE', @now
FROM seq_1_to_999 WHERE seq <= @stores;

CREATE TEMPORARY TABLE bench_store (n INT PRIMARY KEY, tenant_id BIGINT NOT NULL, account BIGINT);
INSERT INTO bench_store (n, tenant_id)
SELECT CAST(SUBSTRING(slug, 8) AS UNSIGNED) - 1, id FROM tenant WHERE slug LIKE 'settle-%';

INSERT INTO ledger_account (kind, owner, currency, balance_micros, floor_micros, created_at)
SELECT 'STORE', tenant_id, 'USD', 0, NULL, @now FROM bench_store;
UPDATE bench_store s JOIN ledger_account a ON a.kind = 'STORE' AND a.owner = s.tenant_id
SET s.account = a.id;

INSERT INTO ledger_account (kind, owner, currency, balance_micros, floor_micros, created_at)
SELECT 'TAB', shopper, 'USD', 0, -15000000, @now FROM bench_card;

INSERT INTO tab (account_id, shopper, currency, card_token, card_label, consent_version,
  consent_wording, consented_at)
SELECT a.id, a.owner, 'USD', c.token, 'Visa •••• 4242', 'bench', 'Benchmark tab', @bought
FROM ledger_account a JOIN bench_card c ON c.shopper = a.owner WHERE a.kind = 'TAB';

CREATE TEMPORARY TABLE bench_tab (n INT PRIMARY KEY, shopper VARCHAR(255), account BIGINT);
INSERT INTO bench_tab
SELECT CAST(SUBSTRING(owner, 16) AS UNSIGNED), owner, id FROM ledger_account
WHERE kind = 'TAB' AND owner LIKE 'settle-shopper-%';

INSERT INTO ledger_transfer (id, idem_key, request_hash, kind, debit_account, credit_account,
  amount_micros, currency, store_id, memo, created_at)
SELECT 7000000000000000000 + t.n * 1000 + l.seq, CONCAT('bench-line:', t.n, ':', l.seq),
       REPEAT('0', 64), 'PURCHASE', t.account, s.account, 12300, 'USD', s.tenant_id, 'Bench call',
       @bought
FROM bench_tab t JOIN seq_0_to_999 l ON l.seq < @lines
JOIN bench_store s ON s.n = (t.n + l.seq) % @stores;

INSERT INTO micro_purchase (id, tenant_id, shopper, kind, item_title, amount_micros, currency,
  funding, channel, status, created_at)
SELECT 7000000000000000000 + t.n * 1000 + l.seq, s.tenant_id, t.shopper, 'METERED', 'Bench call',
       12300, 'USD', 'TAB', 'API', 'ACTIVE', @bought
FROM bench_tab t JOIN seq_0_to_999 l ON l.seq < @lines
JOIN bench_store s ON s.n = (t.n + l.seq) % @stores;

UPDATE ledger_account a JOIN bench_tab t ON t.account = a.id
SET a.balance_micros = -12300 * @lines;

UPDATE ledger_account a JOIN (
  SELECT credit_account, SUM(amount_micros) total FROM ledger_transfer
  WHERE id >= 7000000000000000000 GROUP BY credit_account) x ON x.credit_account = a.id
SET a.balance_micros = x.total;
