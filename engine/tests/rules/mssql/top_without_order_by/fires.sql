-- "The latest ten orders" without an ORDER BY: any ten rows the plan meets first.
SELECT TOP (10) id, total, placed_at
FROM dbo.orders
WHERE customer_id = 4412;
