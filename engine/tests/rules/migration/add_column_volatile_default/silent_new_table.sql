-- On a table this migration just created there is nothing to rewrite.
CREATE TABLE api_keys (id bigint PRIMARY KEY, owner_id bigint NOT NULL);
ALTER TABLE api_keys ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();
