-- A cleanup DELETE of every expired session in one go, inside a transaction but without a timeout.
CREATE TABLE sessions (
    id uuid PRIMARY KEY,
    user_id bigint NOT NULL,
    expires_at timestamptz NOT NULL
);

BEGIN;
DELETE FROM sessions WHERE expires_at < now() - interval '7 days';
COMMIT;
