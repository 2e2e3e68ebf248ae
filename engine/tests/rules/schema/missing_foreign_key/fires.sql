-- orders.customer_id points at customers, but nothing stops orphans.
CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    total_cents bigint NOT NULL
);
