-- An email and a creation time that every row has, yet both accept NULL.
CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    email text UNIQUE,
    created_at timestamptz DEFAULT now()
);
