-- The bare column compared with a computed range; the arithmetic stays on the value side.
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(12, 2) NOT NULL, created_at timestamptz NOT NULL);
CREATE INDEX orders_created_idx ON orders (created_at);

SELECT id, total
FROM orders
WHERE created_at >= current_date
  AND created_at < current_date + interval '1 day';

SELECT id, total FROM orders WHERE created_at >= now() - interval '15 minutes';
