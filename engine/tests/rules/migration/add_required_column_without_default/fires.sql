-- A required column added to a live table with nothing to fill the existing rows.
ALTER TABLE shipments ADD COLUMN carrier_code text NOT NULL;
