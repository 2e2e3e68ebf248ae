-- "Orders of a day" served by an expression index on the date of the timestamp.
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(12, 2) NOT NULL, created_at timestamp NOT NULL);
CREATE INDEX orders_created_day_idx ON orders ((created_at::date));

SELECT id, total FROM orders WHERE created_at::date = $1;
