-- The filtered column has an index, and the other query goes by primary key.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    status text NOT NULL,
    customer_email text NOT NULL
);
CREATE INDEX CONCURRENTLY idx_orders_customer_email ON orders (customer_email);

SELECT id, status FROM orders WHERE customer_email = $1;
SELECT status FROM orders WHERE id = $1;
