-- A cleanup job whose <> NULL condition makes it delete nothing.
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, deleted_at timestamptz);

DELETE FROM users WHERE deleted_at <> NULL AND deleted_at < now() - interval '90 days';
