-- Enforcing NOT NULL directly on a live table scans it under an exclusive lock.
ALTER TABLE users ALTER COLUMN country_code SET NOT NULL;
