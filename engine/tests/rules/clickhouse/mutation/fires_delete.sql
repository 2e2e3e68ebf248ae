-- A routine cleanup written as a DELETE instead of dropping old partitions.
DELETE FROM shop.order_events WHERE event_date < '2025-01-01';
