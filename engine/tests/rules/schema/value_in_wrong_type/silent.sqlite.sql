-- SQLite has no date or boolean types: ISO-8601 text and a checked 0/1 are its idiom.
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    birth_date TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1))
) STRICT;
