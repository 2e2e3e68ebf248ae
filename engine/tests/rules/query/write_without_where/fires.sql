-- A DELETE whose WHERE line was lost: every session goes.
CREATE TABLE sessions (id uuid PRIMARY KEY, user_id bigint NOT NULL, expires_at timestamptz NOT NULL);

DELETE FROM sessions;
