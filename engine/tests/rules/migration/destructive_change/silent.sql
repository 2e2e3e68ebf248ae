-- A reset script drops and recreates its tables, so the schema ends up intact.
DROP TABLE IF EXISTS order_items;
DROP TABLE IF EXISTS orders;
CREATE TABLE orders (id bigint PRIMARY KEY, placed_at timestamptz NOT NULL);
CREATE TABLE order_items (order_id bigint NOT NULL REFERENCES orders (id), sku text NOT NULL, PRIMARY KEY (order_id, sku));
