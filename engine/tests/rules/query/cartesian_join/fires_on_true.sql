-- A JOIN whose ON clause is a placeholder that is always true.
CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    total numeric(12, 2) NOT NULL
);

SELECT c.name, o.total
FROM customers c
JOIN orders o ON 1 = 1
WHERE o.total > 100;
