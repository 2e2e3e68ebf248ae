-- The MySQL spelling, ORDER BY RAND().
CREATE TABLE articles (id bigint PRIMARY KEY, title varchar(200) NOT NULL);

SELECT id, title FROM articles ORDER BY RAND() LIMIT 5;
