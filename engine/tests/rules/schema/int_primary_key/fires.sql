-- An event table keyed by a 32-bit serial runs out at about 2.1 billion rows.
CREATE TABLE events (
    id serial PRIMARY KEY,
    kind text NOT NULL,
    payload jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
);
