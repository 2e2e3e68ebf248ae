-- The NOT VALID check step of the safe recipe, validated without blocking writes.
ALTER TABLE users ADD CONSTRAINT users_country_code_not_null CHECK (country_code IS NOT NULL) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_country_code_not_null;
