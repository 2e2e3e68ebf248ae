-- The classic top-N form: sort in an inline view, number the sorted rows outside it.
SELECT invoice_id, amount
FROM (SELECT invoice_id, amount FROM invoices ORDER BY amount DESC)
WHERE ROWNUM <= 10;
