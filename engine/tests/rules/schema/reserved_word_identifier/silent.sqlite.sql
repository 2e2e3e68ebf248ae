-- SQLite reads `user` and `key` as names.
CREATE TABLE annotations (
    id INTEGER PRIMARY KEY,
    user TEXT NOT NULL,
    key TEXT NOT NULL
);
