-- Five hops through lookup tables to show one order's currency.
CREATE TABLE currencies (id bigint PRIMARY KEY, code char(3) NOT NULL);
CREATE TABLE countries (id bigint PRIMARY KEY, currency_id bigint NOT NULL REFERENCES currencies (id));
CREATE TABLE cities (id bigint PRIMARY KEY, country_id bigint NOT NULL REFERENCES countries (id));
CREATE TABLE addresses (id bigint PRIMARY KEY, city_id bigint NOT NULL REFERENCES cities (id));
CREATE TABLE customers (id bigint PRIMARY KEY, address_id bigint NOT NULL REFERENCES addresses (id));
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id));

SELECT o.id, cu.code
FROM orders o
JOIN customers c ON c.id = o.customer_id
JOIN addresses a ON a.id = c.address_id
JOIN cities ci ON ci.id = a.city_id
JOIN countries co ON co.id = ci.country_id
JOIN currencies cu ON cu.id = co.currency_id
WHERE o.id = $1;
