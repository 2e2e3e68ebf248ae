-- A report whose tables are spread over a CTE and a subquery: no single block joins six.
CREATE TABLE customers (id bigint PRIMARY KEY, region_id bigint NOT NULL);
CREATE TABLE regions (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, created_at timestamptz NOT NULL);
CREATE TABLE order_items (order_id bigint NOT NULL, product_id bigint NOT NULL, quantity integer NOT NULL);
CREATE TABLE products (id bigint PRIMARY KEY, category_id bigint NOT NULL);
CREATE TABLE refunds (order_id bigint NOT NULL, amount numeric(12, 2) NOT NULL);

WITH recent AS (
    SELECT o.id, o.customer_id
    FROM orders o
    WHERE o.created_at >= date '2026-11-01'
)
SELECT r.name, p.category_id, sum(i.quantity) AS units
FROM recent
JOIN customers c ON c.id = recent.customer_id
JOIN regions r ON r.id = c.region_id
JOIN order_items i ON i.order_id = recent.id
JOIN products p ON p.id = i.product_id
WHERE NOT EXISTS (SELECT 1 FROM refunds f WHERE f.order_id = recent.id)
GROUP BY r.name, p.category_id;
