-- A constant default is stored in the catalog; the volatile one only applies to new rows.
ALTER TABLE invitations ADD COLUMN status text NOT NULL DEFAULT 'pending';
ALTER TABLE invitations ADD COLUMN token uuid;
ALTER TABLE invitations ALTER COLUMN token SET DEFAULT gen_random_uuid();
