-- A text primary key (a UUID string): the rowid question does not arise.
CREATE TABLE devices (
    serial TEXT PRIMARY KEY,
    name TEXT NOT NULL
) STRICT;
