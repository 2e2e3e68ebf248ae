-- Keyset pagination: the next page starts after the last id seen.
CREATE TABLE posts (id bigint PRIMARY KEY, title text NOT NULL, published_at timestamptz NOT NULL);
CREATE INDEX posts_published_id_idx ON posts (published_at, id);

SELECT id, title FROM posts WHERE id > $1 ORDER BY id LIMIT 20;

SELECT id, title, published_at
FROM posts
WHERE (published_at, id) < ($1, $2)
ORDER BY published_at DESC, id DESC
LIMIT 20;
