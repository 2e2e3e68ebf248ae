-- Comments reference posts, but nothing turns enforcement on: orphans are accepted silently.
CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT NOT NULL) STRICT;
CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    body TEXT NOT NULL
) STRICT;
