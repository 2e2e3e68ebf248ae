-- Every reference is declared, including the irregular plural (category → categories).
CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE categories (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    category_id bigint NOT NULL,
    FOREIGN KEY (category_id) REFERENCES categories (id)
);
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
CREATE INDEX orders_category_id_idx ON orders (category_id);
