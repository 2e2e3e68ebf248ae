-- Two tables listed with a comma and only a filter on one of them: every customer pairs with every big order.
CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    total numeric(12, 2) NOT NULL
);

SELECT c.name, o.total FROM customers c, orders o WHERE o.total > 100;
