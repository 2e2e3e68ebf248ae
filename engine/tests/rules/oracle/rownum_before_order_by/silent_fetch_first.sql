-- Oracle 12c row limiting: FETCH FIRST applies after the ORDER BY.
SELECT invoice_id, amount
FROM invoices
ORDER BY amount DESC
FETCH FIRST 10 ROWS ONLY;
