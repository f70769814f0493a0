-- A shopper may close their tab: no purchase is put on it until they open it again (with consent
-- again). What it owes is still charged by the tab's rules. The ledger refuses debits of a closed
-- account, as it refuses those of a locked one, under the same row lock as every posting.
ALTER TABLE ledger_account ADD COLUMN closed BOOLEAN NOT NULL DEFAULT FALSE AFTER locked;
ALTER TABLE tab ADD COLUMN closed_at TIMESTAMP(6) NULL AFTER locked_at;
