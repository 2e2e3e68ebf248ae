-- A case-insensitive login lookup that wraps the indexed column in lower().
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE INDEX users_email_idx ON users (email);

SELECT id FROM users WHERE lower(email) = lower($1);
