-- The second page through an aliased ROWNUM filtered in an outer query; ROWNUM = 1 picks a single row.
SELECT invoice_id, amount
FROM (SELECT invoice_id, amount, ROWNUM AS rn FROM (SELECT invoice_id, amount FROM invoices ORDER BY amount DESC) WHERE ROWNUM <= 20)
WHERE rn > 10;
SELECT invoice_id FROM invoices WHERE ROWNUM = 1;
