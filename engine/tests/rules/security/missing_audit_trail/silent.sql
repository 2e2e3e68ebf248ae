-- Ledger rows carry the instant they were booked.
CREATE TABLE ledger_entries (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint NOT NULL,
    amount_cents bigint NOT NULL,
    booked_at timestamptz NOT NULL DEFAULT now(),
    booked_by text NOT NULL
);
