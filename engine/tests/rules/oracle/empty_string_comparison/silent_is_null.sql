-- The same questions with IS NULL and IS NOT NULL.
SELECT customer_id FROM customers WHERE middle_name IS NULL;
SELECT customer_id FROM customers WHERE phone IS NOT NULL AND phone <> 'unknown';
