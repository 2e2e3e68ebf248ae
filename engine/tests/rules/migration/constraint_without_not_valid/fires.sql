-- A check constraint added to a live table validates every row under lock.
ALTER TABLE payments ADD CONSTRAINT payments_amount_positive CHECK (amount_cents > 0);
