-- An application query that ships every column of a wide table.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    status text NOT NULL,
    notes text
);

SELECT * FROM orders WHERE customer_id = 42;
