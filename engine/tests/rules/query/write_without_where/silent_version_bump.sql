-- An upgrade sets the version recorded in a one-row table: every row is the one row.
UPDATE col SET ver = 15;
UPDATE shiori_system SET database_schema_version = $1;
