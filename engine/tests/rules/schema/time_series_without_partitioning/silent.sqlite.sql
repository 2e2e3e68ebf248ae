-- SQLite has no table partitioning to offer.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    occurred_at TEXT NOT NULL,
    kind TEXT NOT NULL
);
