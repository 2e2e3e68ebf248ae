-- EXCEPT and INTERSECT are set operations whose distinctness is the point.
CREATE TABLE newsletter_subscribers (email text PRIMARY KEY);
CREATE TABLE unsubscribed (email text PRIMARY KEY);
CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);

SELECT email FROM newsletter_subscribers
EXCEPT
SELECT email FROM unsubscribed;

SELECT email FROM newsletter_subscribers
INTERSECT
SELECT email FROM customers;
