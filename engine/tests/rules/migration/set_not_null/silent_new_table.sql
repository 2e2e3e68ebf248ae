-- SET NOT NULL on a table created earlier in the same script has no rows to scan.
CREATE TABLE devices (id bigint PRIMARY KEY, serial text);
ALTER TABLE devices ALTER COLUMN serial SET NOT NULL;
