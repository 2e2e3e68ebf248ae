-- Writing a sorted copy of a day of orders: the sort shuffles every row through one global order.
INSERT OVERWRITE TABLE orders_sorted
SELECT order_id, customer_id, total FROM orders WHERE dt = '2026-12-02' ORDER BY total DESC;
