-- The four per-line writes of charging 10,000 tabs of 100 lines, each as one set-based statement.
USE lb;
SET profiling = 0;
SELECT NOW(6) INTO @t0;
-- claim: every line's charged amount (one statement per tab in the real thing; here all at once)
UPDATE micro_purchase SET charged_micros = amount_micros WHERE funding = 'TAB';
SELECT NOW(6) INTO @t1;
-- coverage: one row per line, charge id = shopper number
INSERT INTO tab_charge_line (tenant_id, charge_id, purchase_id, covered_micros)
SELECT tenant_id, id DIV 100, id, amount_micros FROM micro_purchase;
SELECT NOW(6) INTO @t2;
-- success: the line's charge id (moves it in the tab index)
UPDATE micro_purchase SET tab_charge_id = id DIV 100;
SELECT NOW(6) INTO @t3;
-- shares: one row per charge and store
INSERT INTO tab_charge_share (tenant_id, charge_id, day, currency, amount_micros, fee_micros, line_count, standalone_fee_micros)
SELECT tenant_id, charge_id, '2026-12-02', 'USD', SUM(covered_micros), 0, COUNT(*), 0 FROM tab_charge_line GROUP BY tenant_id, charge_id;
SELECT NOW(6) INTO @t4;
SELECT TIMESTAMPDIFF(MICROSECOND,@t0,@t1)/1e6 AS claim_update_s,
       TIMESTAMPDIFF(MICROSECOND,@t1,@t2)/1e6 AS coverage_insert_s,
       TIMESTAMPDIFF(MICROSECOND,@t2,@t3)/1e6 AS success_update_s,
       TIMESTAMPDIFF(MICROSECOND,@t3,@t4)/1e6 AS shares_insert_s,
       TIMESTAMPDIFF(MICROSECOND,@t0,@t4)/1e6 AS total_s;
