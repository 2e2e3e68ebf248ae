-- A plain CREATE INDEX takes a SHARE lock: writes wait for the whole build.
CREATE INDEX accounts_created_at_idx ON accounts (created_at);
