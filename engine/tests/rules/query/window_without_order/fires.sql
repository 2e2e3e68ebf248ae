-- "First order per customer" with row_number() and no order: a different row each run.
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, created_at timestamptz NOT NULL);

SELECT customer_id, id, row_number() OVER (PARTITION BY customer_id) AS n FROM orders;
