-- Email is optional for users who sign in by phone; created_at is filled by its DEFAULT.
CREATE TABLE users (
    id uuid PRIMARY KEY,
    email varchar(255) UNIQUE,
    phone text UNIQUE,
    created_at timestamptz DEFAULT now()
);
