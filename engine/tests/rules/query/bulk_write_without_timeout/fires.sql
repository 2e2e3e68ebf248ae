-- A yearly archiving UPDATE over a date range, with no statement timeout to stop it holding locks for minutes.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    status text NOT NULL,
    created_at timestamptz NOT NULL
);

UPDATE orders SET status = 'archived' WHERE created_at < now() - interval '1 year';
