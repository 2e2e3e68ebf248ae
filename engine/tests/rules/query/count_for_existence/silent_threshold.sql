-- A count compared with a real threshold (repeat customers) needs the count, not just existence.
CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id)
);

SELECT c.id, c.name
FROM customers c
WHERE (SELECT count(*) FROM orders o WHERE o.customer_id = c.id) >= 5;

SELECT count(*) AS open_orders FROM orders WHERE customer_id = $1;
