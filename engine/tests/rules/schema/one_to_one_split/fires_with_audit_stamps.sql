-- created_at and updated_at are on every table: they are no reason for the profile to live apart.
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE user_profiles (
    user_id bigint PRIMARY KEY REFERENCES users (id),
    bio text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
