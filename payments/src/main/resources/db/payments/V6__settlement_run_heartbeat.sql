-- A settlement run says it is alive at every chunk: a run whose server died (kill -9, power cut)
-- stops beating and is shown, then recorded, as ABANDONED instead of RUNNING for ever. With
-- several servers, another server's live run keeps beating and is never mistaken for a dead one.
ALTER TABLE settlement_run ADD COLUMN heartbeat_at TIMESTAMP(6) NULL AFTER started_at;
UPDATE settlement_run SET heartbeat_at = COALESCE(finished_at, started_at);
ALTER TABLE settlement_run MODIFY heartbeat_at TIMESTAMP(6) NOT NULL;
ALTER TABLE settlement_run DROP CONSTRAINT ck_settlement_run_status;
ALTER TABLE settlement_run ADD CONSTRAINT ck_settlement_run_status
  CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED', 'ABANDONED'));
