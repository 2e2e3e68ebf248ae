-- Lesson 3: an online shop. Schema first.
CREATE TABLE customers (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE orders (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    status TEXT NOT NULL,
    total DOUBLE PRECISION NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE order_notes (
    order_id BIGINT REFERENCES orders (id),
    note TEXT
);

-- The queries the lesson teaches.
SELECT * FROM orders WHERE status = 'paid';

SELECT id, total FROM orders ORDER BY id LIMIT 20 OFFSET 5000;

SELECT id, total FROM orders WHERE id > $1 ORDER BY id LIMIT 20;

DELETE FROM order_notes;

-- A later migration on the live orders table.
CREATE INDEX idx_orders_created_at ON payments (created_at);
