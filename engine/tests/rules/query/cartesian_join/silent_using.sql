-- A join on a shared key name with USING.
CREATE TABLE customers (customer_id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (customer_id));

SELECT c.name, o.id FROM customers c JOIN orders o USING (customer_id) WHERE o.id = $1;
