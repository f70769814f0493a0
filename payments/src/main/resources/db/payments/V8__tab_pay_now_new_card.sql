-- Pay now with a new card: the shopper pays a part of the tab on the checkout zone's card page.
-- Such a charge has no saved card (its payment id names it at the zone) and waits in
-- AWAITING_CARD until the zone says it was paid, or the page is abandoned and voided.
ALTER TABLE tab_charge DROP CONSTRAINT ck_tab_charge_status;
ALTER TABLE tab_charge MODIFY card_token VARCHAR(64) NULL;
ALTER TABLE tab_charge MODIFY status VARCHAR(16) NOT NULL;
ALTER TABLE tab_charge ADD CONSTRAINT ck_tab_charge_status
  CHECK (status IN ('PENDING', 'UNKNOWN', 'AWAITING_CARD', 'DECLINED', 'SUCCEEDED', 'FAILED'));
