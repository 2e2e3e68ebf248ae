-- A prefix LIKE, and a substring search backed by a trigram GIN index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE products (id bigint PRIMARY KEY, sku text NOT NULL, name text NOT NULL);
CREATE INDEX products_sku_pattern_idx ON products (sku text_pattern_ops);
CREATE INDEX products_name_trgm_idx ON products USING gin (name gin_trgm_ops);

SELECT id, sku FROM products WHERE sku LIKE 'ABC-%' LIMIT 20;

SELECT id, name FROM products WHERE name LIKE '%phone%' LIMIT 20;
