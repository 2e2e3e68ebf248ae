-- The latest version of each account picked with argMax, no FINAL; a column merely named final_amount.
SELECT account_id, argMax(balance, version) AS balance
FROM ledger.balances
WHERE account_id = 4412
GROUP BY account_id;
SELECT invoice_id, final_amount FROM ledger.invoices WHERE invoice_id = 77;
