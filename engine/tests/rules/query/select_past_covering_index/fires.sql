-- SELECT * past a covering index: every matching row now costs a visit to the table.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    status text NOT NULL,
    total numeric(12, 2) NOT NULL,
    note text
);
CREATE INDEX orders_customer_cover ON orders (customer_id) INCLUDE (status, total);

SELECT * FROM orders WHERE customer_id = $1;
