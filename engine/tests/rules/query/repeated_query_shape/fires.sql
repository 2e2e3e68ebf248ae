-- A query log from a lazy-loading loop: one customer lookup per order shown.
SELECT id, name FROM customers WHERE id = 17;
SELECT id, name FROM customers WHERE id = 23;
SELECT id, name FROM customers WHERE id = 41;
SELECT id, name FROM customers WHERE id = 58;
