-- OR over values of one column is an IN list that one index serves.
CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL, customer_id bigint NOT NULL);
CREATE INDEX orders_customer_status_idx ON orders (customer_id, status);

SELECT id FROM orders WHERE customer_id = $1 AND (status = 'pending' OR status = 'paid');

SELECT id FROM orders WHERE customer_id = $1 AND status IN ('pending', 'paid');
