-- A webhook body kept as text, defaulting to an empty JSON document: never validated, re-parsed on every read.
CREATE TABLE webhooks (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    payload text NOT NULL DEFAULT '{}',
    received_at timestamptz NOT NULL DEFAULT now()
);
