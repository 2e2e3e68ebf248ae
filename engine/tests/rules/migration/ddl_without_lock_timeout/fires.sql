-- An ALTER on a busy table with no bound on how long it may wait for its lock.
SET statement_timeout = '15min';
ALTER TABLE orders ADD COLUMN gift_note text;
