-- A soft-delete filter written with = NULL, which matches no row.
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, deleted_at timestamptz);

SELECT id, email FROM users WHERE deleted_at = NULL;
