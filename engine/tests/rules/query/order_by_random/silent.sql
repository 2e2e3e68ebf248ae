-- Sampling pages with TABLESAMPLE instead of sorting every row.
CREATE TABLE articles (id bigint PRIMARY KEY, title text NOT NULL);

SELECT id, title FROM articles TABLESAMPLE SYSTEM (1) LIMIT 5;
