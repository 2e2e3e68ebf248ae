-- In PostgreSQL '' is an empty string, distinct from NULL: comparing with it is meaningful.
SELECT customer_id FROM customers WHERE middle_name = '';
