-- The column change commits first; the concurrent build runs outside any transaction.
BEGIN;
ALTER TABLE orders ADD COLUMN shipped_at timestamptz;
COMMIT;
CREATE INDEX CONCURRENTLY orders_shipped_at_idx ON orders (shipped_at);
