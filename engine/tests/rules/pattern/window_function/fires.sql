-- Each customer's three most recent orders, ranked in one ordered pass.
SELECT customer_id, id, placed_at
FROM (
    SELECT customer_id, id, placed_at,
           row_number() OVER (PARTITION BY customer_id ORDER BY placed_at DESC) AS rn
    FROM orders
) ranked
WHERE rn <= 3;
