-- SQLite expression index on lower(email) serves the same lookup.
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);
CREATE INDEX users_email_lower_idx ON users (lower(email));

SELECT id FROM users WHERE lower(email) = lower(?);
