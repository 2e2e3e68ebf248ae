-- Looking for customers without a middle name by comparing with '': Oracle stored those as NULL.
SELECT customer_id, first_name, last_name
FROM customers
WHERE middle_name = '';
