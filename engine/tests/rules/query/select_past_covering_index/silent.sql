-- The query asks only for what the covering index holds, keys and INCLUDE columns.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    status text NOT NULL,
    total numeric(12, 2) NOT NULL,
    note text
);
CREATE INDEX orders_customer_cover ON orders (customer_id) INCLUDE (status, total);

SELECT status, total FROM orders WHERE customer_id = $1;

SELECT customer_id, sum(total) AS spent FROM orders WHERE customer_id = $1 AND status = 'paid' GROUP BY customer_id;
