-- Named columns, and SELECT * inside EXISTS where nothing is fetched.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    status text NOT NULL
);
CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);

SELECT id, status FROM orders WHERE customer_id = 42;

SELECT c.id, c.name
FROM customers c
WHERE EXISTS (SELECT * FROM orders o WHERE o.customer_id = c.id);
