-- SET LOCAL lock_timeout inside the migration's transaction bounds the wait.
BEGIN;
SET LOCAL lock_timeout = '3s';
ALTER TABLE orders ADD COLUMN gift_note text;
COMMIT;
