-- Exactly INTEGER PRIMARY KEY: the column is the rowid.
CREATE TABLE devices (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL
) STRICT;
