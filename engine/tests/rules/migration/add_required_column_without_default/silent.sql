-- A default fills existing rows; a nullable column needs nothing.
ALTER TABLE shipments ADD COLUMN carrier_code text NOT NULL DEFAULT 'ups';
ALTER TABLE shipments ADD COLUMN tracking_url text;
ALTER TABLE shipments ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
