-- An app's notes table with AUTOINCREMENT, which costs a sqlite_sequence update per insert.
CREATE TABLE notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
) STRICT;
