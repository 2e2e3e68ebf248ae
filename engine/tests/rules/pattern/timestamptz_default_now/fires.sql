-- A signup table stamping each row with the database clock, in absolute time.
CREATE TABLE signups (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    signed_up_at timestamp with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP
);
