-- MySQL's LIMIT offset, count form with a deep offset.
CREATE TABLE posts (id bigint PRIMARY KEY, title varchar(200) NOT NULL);

SELECT id, title FROM posts ORDER BY id LIMIT 100000, 20;
