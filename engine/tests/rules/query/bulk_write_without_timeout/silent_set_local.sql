-- A maintenance job that scopes its timeout to the transaction with SET LOCAL and deletes one key range.
CREATE TABLE sessions (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL,
    expires_at timestamptz NOT NULL
);

BEGIN;
SET LOCAL statement_timeout = '10s';
DELETE FROM sessions WHERE id BETWEEN 1 AND 10000 AND expires_at < now();
COMMIT;
