-- Attempts whose authorization never reached the acquirer (the zone answered "not_received"):
-- nothing was charged, so they are tried again at once and do not count as the card's declines.
ALTER TABLE tab_charge ADD COLUMN unsent INT NOT NULL DEFAULT 0;
