-- A schema without foreign keys: there is nothing to enforce.
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
