-- Ordered by a unique key, so the ten rows are always the same.
SELECT TOP (10) id, total, placed_at
FROM dbo.orders
WHERE customer_id = 4412
ORDER BY placed_at DESC, id DESC;
