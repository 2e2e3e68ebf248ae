-- A "random featured articles" widget that sorts the whole table to keep five rows.
CREATE TABLE articles (id bigint PRIMARY KEY, title text NOT NULL, published boolean NOT NULL);

SELECT id, title FROM articles ORDER BY random() LIMIT 5;
