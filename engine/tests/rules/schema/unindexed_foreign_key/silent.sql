-- An index on the foreign key, and a composite primary key that leads with the other one.
CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id)
);
CREATE INDEX CONCURRENTLY idx_orders_customer_id ON orders (customer_id);
CREATE TABLE order_lines (
    order_id bigint NOT NULL REFERENCES orders (id),
    line_no smallint NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
