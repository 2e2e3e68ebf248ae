-- Ordered windows with a unique tie-breaker, and an aggregate window that needs no order.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    total numeric(12, 2) NOT NULL,
    created_at timestamptz NOT NULL
);

SELECT customer_id, id,
       row_number() OVER (PARTITION BY customer_id ORDER BY created_at, id) AS n
FROM orders;

SELECT id, customer_id, total,
       sum(total) OVER (PARTITION BY customer_id) AS customer_total,
       count(*) OVER () AS all_orders
FROM orders
WHERE created_at >= date '2026-11-01';
