-- How the plans in this directory were produced: PostgreSQL 15.18 (Debian), this schema and data,
-- then each query below run with EXPLAIN (ANALYZE, BUFFERS) and EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON).
DROP TABLE IF EXISTS orders, customers, events;
CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL, city text NOT NULL, country text NOT NULL);
INSERT INTO customers SELECT g, 'user' || g || '@example.com', 'city' || (g % 500), 'country' || (g % 500 / 10) FROM generate_series(1, 20000) g;
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, status text NOT NULL, total numeric(10,2) NOT NULL, note text, created_at timestamptz NOT NULL);
INSERT INTO orders SELECT g, 1 + (g::bigint * 7919) % 20000, CASE WHEN g % 50 = 0 THEN 'pending' ELSE 'shipped' END, (g % 1000) + 0.99, repeat('x', 40), now() - (g || ' minutes')::interval FROM generate_series(1, 300000) g;
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
CREATE TABLE events (id bigint, kind text, payload text);
INSERT INTO events SELECT g, 'k' || (g % 7), md5(g::text) FROM generate_series(1, 200000) g;
CREATE INDEX events_id_idx ON events (id);
ANALYZE customers; ANALYZE orders; ANALYZE events;

-- seq-scan-filter "" "SELECT id, total FROM orders WHERE status = 'pending' AND total > 990"
-- misestimate "" "SELECT * FROM customers WHERE city = 'city7' AND country = 'country0'"
-- sort-spill "SET work_mem = '64kB';" "SELECT id, total, created_at FROM orders ORDER BY total DESC, created_at"
-- hash-spill "SET work_mem = '64kB'; SET max_parallel_workers_per_gather = 0;" "SELECT c.email, o.total FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.total > 500"
-- nested-loop "SET enable_hashjoin = off; SET enable_mergejoin = off; SET max_parallel_workers_per_gather = 0;" "SELECT c.email, sum(o.total) FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.email"
-- heap-fetches "SET enable_seqscan = off; SET enable_bitmapscan = off;" "SELECT id FROM events WHERE id BETWEEN 1000 AND 90000"
-- unused-workers "SET max_parallel_workers = 0;" "SELECT status, count(*) FROM orders GROUP BY status"
-- index-scan "" "SELECT id, status, total FROM orders WHERE customer_id = 42 ORDER BY created_at DESC LIMIT 10"
-- index-only-group (planned as a hash aggregate spill; PostgreSQL chose the index) "SET work_mem = '64kB'; SET max_parallel_workers_per_gather = 0;" "SELECT customer_id, count(*) FROM orders GROUP BY customer_id"
-- parallel-seq "" "SELECT count(*) FROM events WHERE payload LIKE '%abc%'"
