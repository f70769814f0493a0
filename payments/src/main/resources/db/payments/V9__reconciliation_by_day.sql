-- Reconciling a day reads that day's card movements through their times, and looks up the
-- acquirer's other lines by payment id: never every charge ever made.
CREATE INDEX ix_tab_charge_payment ON tab_charge (payment_id);
CREATE INDEX ix_top_up_payment ON top_up (payment_id);
CREATE INDEX ix_top_up_created ON top_up (created_at, id);
-- Card refunds of a day across stores (the operator's check, through the named seam).
CREATE INDEX ix_micro_refund_done ON micro_refund (status, done_at);
