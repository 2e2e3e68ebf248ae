-- Counting distinct buyers per country over a join is an aggregate, not duplicate-hiding.
CREATE TABLE customers (id bigint PRIMARY KEY, country char(2) NOT NULL);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    created_at timestamptz NOT NULL
);

SELECT c.country, count(DISTINCT o.customer_id) AS buyers
FROM orders o
JOIN customers c ON c.id = o.customer_id
WHERE o.created_at >= date '2026-11-01'
GROUP BY c.country;
