-- Asking for "the second row" with ROWNUM = 2 returns nothing.
SELECT invoice_id FROM invoices WHERE ROWNUM = 2;
