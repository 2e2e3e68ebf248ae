-- A migration adding a unique index to a live table without blocking writers.
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS accounts_lower_email_key ON accounts (lower(email));
