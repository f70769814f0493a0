-- What a settlement counted, by id: the last wallet purchase, tab charge and refund it could see
-- when it was built. Its CSV lists those rows only, so a row written later with a time in the
-- settled day (a sandbox clock set back) no longer changes an issued settlement's lines.
-- Settlements built before this column list their day as before (NULL: no bound).
ALTER TABLE settlement
  ADD COLUMN purchases_through BIGINT NULL,
  ADD COLUMN charges_through   BIGINT NULL,
  ADD COLUMN refunds_through   BIGINT NULL;
