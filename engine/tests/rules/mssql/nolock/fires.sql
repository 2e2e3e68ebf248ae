-- A dashboard query sprinkled with NOLOCK to "avoid blocking".
SELECT o.id, o.total, c.name
FROM dbo.orders AS o WITH (NOLOCK)
JOIN dbo.customers AS c WITH (NOLOCK) ON c.id = o.customer_id
WHERE o.placed_at >= '2026-12-01';
