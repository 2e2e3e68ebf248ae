-- Newest-first paging by a score that many rows share.
CREATE TABLE posts (id bigint PRIMARY KEY, title text NOT NULL, score integer NOT NULL);

SELECT id, title, score FROM posts WHERE score < $1 ORDER BY score DESC LIMIT 50;
