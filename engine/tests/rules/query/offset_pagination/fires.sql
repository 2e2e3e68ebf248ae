-- A deep page read by OFFSET: 100,000 rows read and thrown away to return 20.
CREATE TABLE posts (id bigint PRIMARY KEY, title text NOT NULL);

SELECT id, title FROM posts ORDER BY id LIMIT 20 OFFSET 100000;
