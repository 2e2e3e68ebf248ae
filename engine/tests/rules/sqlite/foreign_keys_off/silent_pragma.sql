-- The connection setup turns enforcement on before the schema is used.
PRAGMA foreign_keys = ON;
CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT NOT NULL) STRICT;
CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    body TEXT NOT NULL
) STRICT;
