-- The stable currency code is kept on the order, so the read path needs one join.
CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL, country_code char(2) NOT NULL);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    currency_code char(3) NOT NULL,
    total numeric(12, 2) NOT NULL
);

SELECT o.id, o.total, o.currency_code, c.name, c.country_code
FROM orders o
JOIN customers c ON c.id = o.customer_id
WHERE o.id = $1;
