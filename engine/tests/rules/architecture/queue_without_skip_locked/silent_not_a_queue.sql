-- Locking an account row before changing its balance is not a queue claim.
BEGIN;
SELECT balance_cents FROM accounts WHERE id = 42 FOR UPDATE;
UPDATE accounts SET balance_cents = balance_cents - 500 WHERE id = 42;
COMMIT;
