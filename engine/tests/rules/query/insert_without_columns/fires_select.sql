-- Copying rows into an archive table by position: a column added to either table breaks or shifts it.
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, status text NOT NULL);
CREATE TABLE orders_archive (id bigint PRIMARY KEY, customer_id bigint NOT NULL, status text NOT NULL);

INSERT INTO orders_archive SELECT id, customer_id, status FROM orders WHERE status = 'closed';
