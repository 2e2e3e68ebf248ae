-- The outer query reads a derived table that is already bounded by LIMIT.
CREATE TABLE posts (id bigint PRIMARY KEY, title text NOT NULL, score integer NOT NULL);

SELECT top_posts.id, top_posts.title
FROM (SELECT id, title, score FROM posts ORDER BY score DESC, id LIMIT 10) AS top_posts
ORDER BY top_posts.title;
