-- NOT IN is safe over a NOT NULL column, over a subquery that drops NULLs, and over a literal list.
CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL, status text NOT NULL);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL);
CREATE TABLE referrals (id bigint PRIMARY KEY, referred_id bigint);

SELECT id, name FROM customers WHERE id NOT IN (SELECT customer_id FROM orders);

SELECT id, name FROM customers WHERE id NOT IN (SELECT referred_id FROM referrals WHERE referred_id IS NOT NULL);

SELECT id, name FROM customers WHERE status NOT IN ('closed', 'banned');
