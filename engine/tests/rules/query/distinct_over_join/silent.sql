-- A semi-join with EXISTS, and DISTINCT over a single table where it is the point.
CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL, country char(2) NOT NULL);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id)
);

SELECT c.id, c.name
FROM customers c
WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id);

SELECT DISTINCT country FROM customers WHERE id > $1 ORDER BY country;
