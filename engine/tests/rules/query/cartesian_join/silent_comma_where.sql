-- An old-style comma join is fine when the WHERE clause links the tables.
CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    total numeric(12, 2) NOT NULL
);

SELECT c.name, o.total
FROM customers c, orders o
WHERE o.customer_id = c.id
  AND o.total > 100;
