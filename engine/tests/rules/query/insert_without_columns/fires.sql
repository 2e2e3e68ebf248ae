-- A seed INSERT that matches values to columns by position.
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());

INSERT INTO users VALUES (1, 'ada@example.com', now());
