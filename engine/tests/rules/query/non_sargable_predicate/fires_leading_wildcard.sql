-- A substring search with a leading wildcard and only a plain B-tree index.
CREATE TABLE products (id bigint PRIMARY KEY, name text NOT NULL);
CREATE INDEX products_name_idx ON products (name);

SELECT id, name FROM products WHERE name LIKE '%phone%' LIMIT 20;
