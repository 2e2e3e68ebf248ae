-- Constraints on a table created in the same migration check no existing rows.
CREATE TABLE coupons (id bigint PRIMARY KEY, percent_off integer NOT NULL);
ALTER TABLE coupons ADD CONSTRAINT coupons_percent_range CHECK (percent_off BETWEEN 1 AND 100);
