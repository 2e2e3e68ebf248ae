-- Every open order at once: an equality on a status column still sweeps the table.
UPDATE orders SET status = 'expired' WHERE status = 'open' AND created_at < now() - interval '30 days';
