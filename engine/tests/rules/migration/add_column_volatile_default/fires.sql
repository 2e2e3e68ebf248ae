-- Backfilling a random token into every existing row while the table is locked.
ALTER TABLE invitations ADD COLUMN token uuid NOT NULL DEFAULT gen_random_uuid();
