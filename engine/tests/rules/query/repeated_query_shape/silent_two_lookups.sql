-- A transfer reads its two accounts: two lookups by key are not a loop.
BEGIN;
SELECT id, balance FROM accounts WHERE id = 17 FOR UPDATE;
SELECT id, balance FROM accounts WHERE id = 23 FOR UPDATE;
UPDATE accounts SET balance = balance - 100 WHERE id = 17;
UPDATE accounts SET balance = balance + 100 WHERE id = 23;
COMMIT;
