-- One customer's page asks whether they have orders: an EXISTS flag on a single outer row.
CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id));

SELECT c.id, c.name, EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id) AS has_orders
FROM customers c
WHERE c.id = $1;
