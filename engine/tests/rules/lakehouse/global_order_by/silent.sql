-- A top-100 with LIMIT, a sort inside a window, and SORT BY within partitions.
SELECT order_id, total FROM orders WHERE dt = '2026-12-02' ORDER BY total DESC LIMIT 100;
SELECT customer_id, order_id, row_number() OVER (PARTITION BY customer_id ORDER BY total DESC) AS rn FROM orders WHERE dt = '2026-12-02';
