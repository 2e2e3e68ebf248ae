-- MySQL: a row-value cursor with the primary key as the tie-breaker.
CREATE TABLE products (id bigint PRIMARY KEY, name varchar(200) NOT NULL, created_at datetime(6) NOT NULL);
CREATE INDEX products_created_id_idx ON products (created_at, id);

SELECT id, name, created_at FROM products WHERE (created_at, id) > (?, ?) ORDER BY created_at, id LIMIT 20;
