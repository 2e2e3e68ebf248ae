-- Each index serves its own lookups: different leading columns, a partial slice, a covering index.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    status text NOT NULL,
    created_at timestamptz NOT NULL,
    total_cents bigint NOT NULL
);
CREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at);
CREATE INDEX orders_created_idx ON orders (created_at);
CREATE INDEX orders_pending_idx ON orders (created_at) WHERE status = 'pending';
CREATE INDEX orders_status_idx ON orders (status) INCLUDE (total_cents);
