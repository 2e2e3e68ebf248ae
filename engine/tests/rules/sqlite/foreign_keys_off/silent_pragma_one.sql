-- PRAGMA foreign_keys = 1 turns enforcement on as well as ON.
PRAGMA foreign_keys = 1;
CREATE TABLE posts (id INTEGER PRIMARY KEY) STRICT;
CREATE TABLE comments (id INTEGER PRIMARY KEY, post_id INTEGER NOT NULL REFERENCES posts (id)) STRICT;
