-- In SQLite an INTEGER PRIMARY KEY is the 64-bit rowid, whatever it is called.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    payload TEXT,
    created_at TEXT NOT NULL
);
