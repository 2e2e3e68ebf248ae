-- "Orders of today" written as a cast of the timestamp column.
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(12, 2) NOT NULL, created_at timestamptz NOT NULL);
CREATE INDEX orders_created_idx ON orders (created_at);

SELECT id, total FROM orders WHERE created_at::date = current_date;
