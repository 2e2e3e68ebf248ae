-- "Has a phone number" written as <> '': never true, because '' is NULL in Oracle.
SELECT customer_id FROM customers WHERE phone <> '';
