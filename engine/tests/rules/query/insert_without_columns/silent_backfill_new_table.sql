-- A migration fills the table it has just defined: the column order is the one written above.
CREATE TABLE orders_archive (id bigint PRIMARY KEY, customer_id bigint NOT NULL, status text NOT NULL);
INSERT INTO orders_archive SELECT id, customer_id, status FROM orders WHERE status = 'closed';
