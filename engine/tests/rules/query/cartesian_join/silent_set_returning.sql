-- Expanding each order's JSON line items with a set-returning function in FROM (implicitly LATERAL).
CREATE TABLE orders (id bigint PRIMARY KEY, items jsonb NOT NULL);

SELECT o.id, item ->> 'sku' AS sku
FROM orders o, jsonb_array_elements(o.items) AS item
WHERE o.id = $1;
