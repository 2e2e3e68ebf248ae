-- IS NULL, IS NOT NULL and IS DISTINCT FROM, and `= NULL` as an assignment in SET, which is not a comparison.
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, manager_id bigint, deleted_at timestamptz);

SELECT id, email FROM users WHERE deleted_at IS NULL;

DELETE FROM users WHERE deleted_at IS NOT NULL AND deleted_at < now() - interval '90 days';

SELECT id FROM users WHERE manager_id IS DISTINCT FROM $1;

UPDATE users SET deleted_at = NULL, manager_id = NULL WHERE id = $1;

SELECT id, CASE WHEN deleted_at IS NULL THEN 'active' ELSE NULL END AS state FROM users WHERE id = $1;
