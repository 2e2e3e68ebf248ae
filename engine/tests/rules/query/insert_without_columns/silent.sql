-- Named columns for VALUES and for INSERT … SELECT, and DEFAULT VALUES, which names nothing by position.
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE users_archive (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE audit_ticks (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now());

INSERT INTO users (id, email) VALUES (1, 'ada@example.com');

INSERT INTO users_archive (id, email) SELECT id, email FROM users WHERE id = 1;

INSERT INTO audit_ticks DEFAULT VALUES;
