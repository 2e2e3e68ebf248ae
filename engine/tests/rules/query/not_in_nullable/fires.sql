-- Customers without orders via NOT IN over a nullable column: one NULL customer_id empties the result.
CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);

SELECT id, name FROM customers WHERE id NOT IN (SELECT customer_id FROM orders);
