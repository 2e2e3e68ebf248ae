-- The same lookup served by an expression index on lower(email).
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE UNIQUE INDEX users_email_lower_idx ON users (lower(email));

SELECT id FROM users WHERE lower(email) = lower($1);
