-- A plain index was never meant to cover: reading the row after the index lookup is the plan.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    status text NOT NULL,
    note text
);
CREATE INDEX orders_customer_idx ON orders (customer_id);

SELECT id, status, note FROM orders WHERE customer_id = $1;
