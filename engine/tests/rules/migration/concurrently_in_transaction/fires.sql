-- A migration wrapped in a transaction that builds an index concurrently.
BEGIN;
ALTER TABLE orders ADD COLUMN shipped_at timestamptz;
CREATE INDEX CONCURRENTLY orders_shipped_at_idx ON orders (shipped_at);
COMMIT;
