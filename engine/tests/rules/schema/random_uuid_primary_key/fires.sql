-- Random v4 UUID keys land on random index pages on every insert.
CREATE TABLE orders (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    total_cents bigint NOT NULL
);
