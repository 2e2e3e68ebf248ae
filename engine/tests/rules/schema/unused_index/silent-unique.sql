-- A unique index enforces a rule even if no query reads through it.
CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    name text NOT NULL
);
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));

SELECT id, name FROM users WHERE id = $1;
SELECT name FROM users WHERE id = $2;
SELECT count(*) FROM users;
