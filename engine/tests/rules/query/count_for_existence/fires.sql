-- Customers who ordered at least once, tested by counting all their orders.
CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id)
);

SELECT c.id, c.name
FROM customers c
WHERE (SELECT count(*) FROM orders o WHERE o.customer_id = c.id) > 0;
