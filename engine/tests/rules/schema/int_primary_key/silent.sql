-- A bigint identity on the growing table; a small lookup table may keep smallint.
CREATE TABLE events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind text NOT NULL,
    payload jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE currencies (
    id smallint PRIMARY KEY,
    code char(3) NOT NULL UNIQUE,
    name text NOT NULL
);
