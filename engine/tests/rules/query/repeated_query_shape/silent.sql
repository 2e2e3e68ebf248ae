-- The collected ids fetched in one query.
SELECT id, name FROM customers WHERE id = ANY(ARRAY[17, 23, 41, 58]);
