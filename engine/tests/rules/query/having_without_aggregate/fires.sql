-- A plain-column condition written in HAVING, filtering groups after the work is done.
CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL, total numeric(12, 2) NOT NULL);

SELECT status, count(*) FROM orders GROUP BY status HAVING status <> 'cancelled';
