-- Meant as the ten largest invoices: Oracle takes ten arbitrary rows, then sorts those.
SELECT invoice_id, amount
FROM invoices
WHERE ROWNUM <= 10
ORDER BY amount DESC;
