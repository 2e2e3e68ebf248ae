-- The same archiving UPDATE, with a statement timeout set first so a slow run fails and rolls back.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    status text NOT NULL,
    created_at timestamptz NOT NULL
);

SET statement_timeout = '30s';
UPDATE orders SET status = 'archived' WHERE created_at < now() - interval '1 year';
