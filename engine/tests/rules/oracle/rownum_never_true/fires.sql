-- Trying to fetch rows 11 to 20 with ROWNUM > 10: the first row is numbered 1, fails, and so does every next one.
SELECT invoice_id, amount
FROM invoices
WHERE ROWNUM > 10 AND ROWNUM <= 20;
