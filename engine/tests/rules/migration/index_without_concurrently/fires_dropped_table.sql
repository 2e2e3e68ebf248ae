-- The scratch table is gone; the index lands on the live `orders` table.
CREATE TABLE orders_import (id bigint PRIMARY KEY, customer_id bigint NOT NULL);
DROP TABLE orders_import;
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
