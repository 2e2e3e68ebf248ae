-- Moving an amount between balances is a transfer, not a per-event counter.
BEGIN;
UPDATE accounts SET balance_cents = balance_cents - 2500 WHERE id = 17;
UPDATE accounts SET balance_cents = balance_cents + 2500 WHERE id = 42;
COMMIT;
