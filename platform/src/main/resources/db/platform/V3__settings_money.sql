-- Store settings keep Money like every other table: the tab threshold gets its currency column, and
-- the tip and top-up lists carry their currency in front of the micro-units
-- ('USD 500000,1000000,2000000'), so that each value is a whole amount on its own.
ALTER TABLE store_settings
  ADD COLUMN tab_threshold_currency CHAR(3) NULL AFTER tab_threshold_micros,
  CHANGE COLUMN tip_presets_micros tip_presets VARCHAR(200) NOT NULL,
  CHANGE COLUMN top_up_amounts_micros top_up_amounts VARCHAR(200) NOT NULL;

UPDATE store_settings s
  JOIN tenant t ON t.id = s.tenant_id
SET s.tab_threshold_currency = t.currency,
    s.tip_presets = CONCAT(t.currency, ' ', s.tip_presets),
    s.top_up_amounts = CONCAT(t.currency, ' ', s.top_up_amounts);

ALTER TABLE store_settings
  MODIFY COLUMN tab_threshold_currency CHAR(3) NOT NULL,
  ALTER COLUMN tab_threshold_micros DROP DEFAULT;
