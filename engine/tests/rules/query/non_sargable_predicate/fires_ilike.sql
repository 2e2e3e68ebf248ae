-- A case-insensitive ILIKE on a column that only has a plain B-tree index.
CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
CREATE INDEX customers_name_idx ON customers (name);

SELECT id, name FROM customers WHERE name ILIKE 'smith%' LIMIT 20;
