-- The lookup by customer email has no index to use, so it reads the whole table.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    status text NOT NULL,
    customer_email text NOT NULL
);

SELECT id, status FROM orders WHERE customer_email = $1;
