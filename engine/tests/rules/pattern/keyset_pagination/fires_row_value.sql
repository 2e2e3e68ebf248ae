-- A non-unique sort key paired with the id as a tie-breaker, compared as a row.
SELECT id, title, published_at
FROM articles
WHERE (published_at, id) < ($1, $2)
ORDER BY published_at DESC, id DESC
LIMIT 20;
