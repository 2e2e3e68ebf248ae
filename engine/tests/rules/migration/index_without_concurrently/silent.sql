-- Concurrent builds on the live table; a plain build on the table just created.
CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);
CREATE TABLE refunds (id bigint PRIMARY KEY, order_id bigint NOT NULL);
CREATE INDEX refunds_order_id_idx ON refunds (order_id);
