-- A plain UNIQUE on email lets Ada@example.com and ada@example.com both sign up.
CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL UNIQUE,
    name text NOT NULL
);
