-- A coupon's last valid day may lie beyond 2038-01-19, where TIMESTAMP ends (an expiry of
-- 2099-12-31 failed to save). DATETIME holds the same UTC wall time the driver writes
-- (connectionTimeZone=UTC); the conversion reads existing values in the session's zone, the one
-- they were written in.
ALTER TABLE coupon MODIFY expires_at DATETIME(6) NULL;
