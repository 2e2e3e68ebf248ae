-- InnoDB builds secondary indexes online; CONCURRENTLY is PostgreSQL syntax.
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
