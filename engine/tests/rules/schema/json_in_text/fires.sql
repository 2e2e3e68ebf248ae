-- A webhook body kept as text: never validated, re-parsed on every read.
CREATE TABLE webhooks (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    payload text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
