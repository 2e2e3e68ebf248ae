-- An event table keyed by bigserial: 64-bit, generated, append-only index.
CREATE TABLE audit_events (
    id bigserial PRIMARY KEY,
    actor_id bigint NOT NULL,
    action text NOT NULL,
    occurred_at timestamptz NOT NULL DEFAULT now()
);
