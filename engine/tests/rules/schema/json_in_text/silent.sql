-- jsonb stores the document parsed and validated, and it can be GIN-indexed.
CREATE TABLE webhooks (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    payload jsonb NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhooks_payload_idx ON webhooks USING gin (payload);
