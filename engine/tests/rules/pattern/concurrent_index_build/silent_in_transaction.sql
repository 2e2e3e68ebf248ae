-- Wrapped in a transaction, CONCURRENTLY is refused by PostgreSQL: nothing to praise.
BEGIN;
CREATE INDEX CONCURRENTLY accounts_plan_idx ON accounts (plan_id);
COMMIT;
