-- A job copying rows into an archive table defined elsewhere, by position: a column added to either table breaks or shifts it.
INSERT INTO orders_archive SELECT id, customer_id, status FROM orders WHERE status = 'closed';
