-- A small fixed offset (the third page of a short admin list) skips a few dozen rows.
CREATE TABLE invoices (id bigint PRIMARY KEY, number text NOT NULL UNIQUE);

SELECT id, number FROM invoices ORDER BY id LIMIT 20 OFFSET 40;
