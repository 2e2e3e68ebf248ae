-- A listing endpoint that passes the page offset as a parameter, so it slows with each page.
CREATE TABLE posts (id bigint PRIMARY KEY, title text NOT NULL, published_at timestamptz NOT NULL);

SELECT id, title FROM posts ORDER BY published_at DESC, id DESC LIMIT $1 OFFSET $2;
