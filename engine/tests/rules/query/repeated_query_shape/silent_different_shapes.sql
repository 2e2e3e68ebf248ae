-- One page's queries: each a different shape, each run once.
SELECT id, name FROM customers WHERE id = 17;
SELECT id, total FROM orders WHERE customer_id = 17 ORDER BY id DESC LIMIT 20;
SELECT count(*) FROM support_tickets WHERE customer_id = 17 AND status = 'open';
