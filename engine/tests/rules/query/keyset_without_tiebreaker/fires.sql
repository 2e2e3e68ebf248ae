-- A feed paged by created_at alone: rows sharing the timestamp at a page boundary are skipped.
CREATE TABLE products (id bigint PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL);
CREATE INDEX products_created_idx ON products (created_at);

SELECT id, name, created_at FROM products WHERE created_at > $1 ORDER BY created_at LIMIT 20;
