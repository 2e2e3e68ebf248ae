-- Paging on a unique key needs no tie-breaker: the primary key, or a unique order number.
CREATE TABLE orders (id bigint PRIMARY KEY, order_number text NOT NULL UNIQUE, total numeric(12, 2) NOT NULL);

SELECT id, order_number, total FROM orders WHERE id > $1 ORDER BY id LIMIT 100;

SELECT id, order_number, total FROM orders WHERE order_number > $1 ORDER BY order_number LIMIT 100;
