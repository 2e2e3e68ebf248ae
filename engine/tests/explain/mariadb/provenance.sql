-- MariaDB 10.11.19 (Debian 12): this schema and data, then EXPLAIN FORMAT=JSON (NAME.json) and
-- ANALYZE FORMAT=JSON (NAME.analyze.json) of each query below.
DROP DATABASE IF EXISTS shop; CREATE DATABASE shop; USE shop;
CREATE TABLE customers (id BIGINT PRIMARY KEY, email VARCHAR(100) NOT NULL, country VARCHAR(20) NOT NULL) ENGINE=InnoDB;
CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL, status VARCHAR(20) NOT NULL, total DECIMAL(10,2) NOT NULL, created_at DATETIME NOT NULL, KEY orders_customer (customer_id)) ENGINE=InnoDB;
INSERT INTO customers SELECT seq, CONCAT('u', seq, '@example.com'), CONCAT('c', seq % 50) FROM seq_1_to_20000;
INSERT INTO orders SELECT seq, 1 + (seq * 7919) % 20000, IF(seq % 50 = 0, 'pending', 'shipped'), seq % 1000 + 0.99, NOW() - INTERVAL seq MINUTE FROM seq_1_to_200000;
ANALYZE TABLE customers, orders;

-- full-scan: SELECT id, total FROM orders WHERE status = 'pending'
-- join-no-index: SELECT c.email, o.total FROM customers c JOIN orders o ON o.status = c.country WHERE c.id < 100
-- ref-lookup: SELECT id, total FROM orders WHERE customer_id = 42 ORDER BY created_at DESC LIMIT 10
-- filesort: SELECT customer_id, count(*) FROM orders WHERE total > 900 GROUP BY customer_id ORDER BY count(*) DESC LIMIT 5
-- join-eq-ref: SELECT c.email, o.total FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.status = 'pending'
