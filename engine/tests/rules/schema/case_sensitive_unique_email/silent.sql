-- Uniqueness on lower(email), which is also the index a login lookup uses.
CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    name text NOT NULL
);
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));

SELECT id, name FROM users WHERE lower(email) = lower($1);
