-- Picking a random point in the key range and fetching by key: one index probe.
CREATE TABLE articles (id bigint PRIMARY KEY, title text NOT NULL);

SELECT id, title
FROM articles
WHERE id >= (SELECT floor(random() * max(id)) FROM articles)
ORDER BY id
LIMIT 1;
