-- A plain index build on an existing table blocks its writes.
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
