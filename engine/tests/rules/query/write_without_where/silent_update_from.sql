-- An UPDATE … FROM a staging table, joined and filtered in WHERE.
CREATE TABLE products (id bigint PRIMARY KEY, sku text NOT NULL UNIQUE, price numeric(12, 2) NOT NULL);
CREATE TABLE price_updates (sku text PRIMARY KEY, new_price numeric(12, 2) NOT NULL);

UPDATE products p
SET price = u.new_price
FROM price_updates u
WHERE u.sku = p.sku;
