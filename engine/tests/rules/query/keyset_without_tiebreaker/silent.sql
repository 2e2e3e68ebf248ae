-- The cursor carries the primary key as a tie-breaker, in the row comparison and in the ORDER BY.
CREATE TABLE products (id bigint PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL);
CREATE INDEX products_created_id_idx ON products (created_at, id);

SELECT id, name, created_at
FROM products
WHERE (created_at, id) > ($1, $2)
ORDER BY created_at, id
LIMIT 20;

SELECT id, name, created_at
FROM products
WHERE (created_at, id) < ($1, $2)
ORDER BY created_at DESC, id DESC
LIMIT 20;
