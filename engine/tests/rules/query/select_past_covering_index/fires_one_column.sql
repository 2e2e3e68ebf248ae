-- One column more than the index holds (the note) is enough to leave the index-only scan.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    status text NOT NULL,
    total numeric(12, 2) NOT NULL,
    note text
);
CREATE INDEX orders_customer_cover ON orders (customer_id) INCLUDE (status, total);

SELECT status, total, note FROM orders WHERE customer_id = $1;
