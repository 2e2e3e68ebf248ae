-- BIGINT PRIMARY KEY is not an alias of the rowid in SQLite: a second index, and NULL ids accepted.
CREATE TABLE devices (
    id BIGINT PRIMARY KEY,
    name TEXT NOT NULL
);
