-- A refunds table that records amounts but never when they were issued.
CREATE TABLE refunds (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    payment_id bigint NOT NULL,
    amount_cents bigint NOT NULL CHECK (amount_cents > 0),
    reason text
);
