-- A hash index on a column whose UNIQUE constraint already serves equality lookups.
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE INDEX idx_users_email_hash ON users USING hash (email);
