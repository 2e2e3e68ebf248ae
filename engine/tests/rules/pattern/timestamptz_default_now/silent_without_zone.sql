-- A timestamp without time zone filled by now() stores the server's local wall time: not the praised pattern.
CREATE TABLE signups (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    signed_up_at timestamp NOT NULL DEFAULT now()
);
