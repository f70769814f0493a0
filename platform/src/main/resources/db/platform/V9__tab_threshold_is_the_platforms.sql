-- A shopper's tab spans every store, so its threshold is the platform's (configuration,
-- penny.tab.threshold[.CUR]), not a per-store setting: the store's column goes.
ALTER TABLE store_settings
  DROP CONSTRAINT ck_store_settings_tab,
  DROP COLUMN tab_threshold_micros,
  DROP COLUMN tab_threshold_currency;
