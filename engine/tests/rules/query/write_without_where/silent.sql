-- Writes that say which rows they change, and TRUNCATE when emptying the table is the intent.
CREATE TABLE sessions (id uuid PRIMARY KEY, user_id bigint NOT NULL, expires_at timestamptz NOT NULL);
CREATE TABLE import_staging (line integer NOT NULL, payload text NOT NULL);

DELETE FROM sessions WHERE expires_at < now();

UPDATE sessions SET expires_at = now() + interval '30 minutes' WHERE id = $1;

TRUNCATE import_staging;
