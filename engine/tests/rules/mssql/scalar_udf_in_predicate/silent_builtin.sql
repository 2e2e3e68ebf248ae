-- Built-in functions on the constant side, and the UDF only in the select list of a small result.
SELECT TOP (10) c.id, dbo.customer_tier(c.id) AS tier
FROM dbo.customers AS c
WHERE c.created_at >= DATEADD(day, -7, SYSUTCDATETIME())
ORDER BY c.created_at DESC;
