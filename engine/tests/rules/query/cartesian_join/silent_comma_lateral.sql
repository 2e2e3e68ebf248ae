-- A comma LATERAL subquery is correlated inside, so it needs no outer join condition.
CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id), created_at timestamptz NOT NULL);

SELECT c.name, recent.id, recent.created_at
FROM customers c,
     LATERAL (SELECT o.id, o.created_at FROM orders o WHERE o.customer_id = c.id ORDER BY o.created_at DESC LIMIT 3) AS recent
WHERE c.id = $1;
