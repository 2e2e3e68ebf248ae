-- A plain index on a yes/no flag: half the table matches either value.
CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    is_active boolean NOT NULL DEFAULT true
);
CREATE INDEX idx_users_active ON users (is_active);
