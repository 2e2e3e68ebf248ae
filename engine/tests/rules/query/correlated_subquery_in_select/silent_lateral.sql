-- Latest order per customer via LEFT JOIN LATERAL, and an uncorrelated scalar subquery that runs once.
CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    created_at timestamptz NOT NULL
);
CREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at DESC);

SELECT c.id, c.name, last_order.created_at AS last_order_at
FROM customers c
LEFT JOIN LATERAL (
    SELECT o.created_at FROM orders o WHERE o.customer_id = c.id ORDER BY o.created_at DESC LIMIT 1
) AS last_order ON true
WHERE c.id = $1;

SELECT o.id, o.created_at, (SELECT max(created_at) FROM orders) AS newest
FROM orders o
WHERE o.customer_id = $1;
