-- HAVING on filtered and time aggregates: accounts with repeated failed logins, dormant customers.
CREATE TABLE login_attempts (id bigint PRIMARY KEY, account_id bigint NOT NULL, ok boolean NOT NULL, at timestamptz NOT NULL);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, created_at timestamptz NOT NULL);

SELECT account_id
FROM login_attempts
WHERE at > now() - interval '1 hour'
GROUP BY account_id
HAVING count(*) FILTER (WHERE NOT ok) >= 5;

SELECT customer_id
FROM orders
GROUP BY customer_id
HAVING max(created_at) < now() - interval '1 year';
