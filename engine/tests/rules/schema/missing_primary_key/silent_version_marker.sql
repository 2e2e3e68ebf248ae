-- The schema's version, one row that nothing refers to.
CREATE TABLE schema_version (version integer DEFAULT 0);
