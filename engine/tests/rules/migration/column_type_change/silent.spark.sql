-- Iceberg and Delta widen float to double in table metadata: no data file is rewritten.
ALTER TABLE prod.db.sample ALTER COLUMN measurement TYPE double;
