-- The row filter in WHERE, and HAVING kept for a condition on an aggregate.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    status text NOT NULL,
    total numeric(12, 2) NOT NULL
);

SELECT status, count(*) FROM orders WHERE status <> 'cancelled' GROUP BY status;

SELECT customer_id, sum(total) AS spent
FROM orders
WHERE status = 'paid'
GROUP BY customer_id
HAVING count(*) >= 10 AND sum(total) > 1000;
