-- Page 400 of an OFFSET listing: the database still reads and drops the first 8,000 rows.
SELECT id, title, published_at
FROM articles
ORDER BY published_at DESC
LIMIT 20 OFFSET 8000;
