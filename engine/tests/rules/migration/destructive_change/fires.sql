-- Dropping a column that running code may still read.
ALTER TABLE customers DROP COLUMN legacy_segment;
