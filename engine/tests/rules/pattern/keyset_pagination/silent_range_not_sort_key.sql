-- A range on one column while sorting by another: a filtered top-N, not a cursor.
SELECT id, title, score
FROM articles
WHERE published_at >= now() - interval '7 days'
ORDER BY score DESC
LIMIT 10;
