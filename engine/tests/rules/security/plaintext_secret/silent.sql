-- Only hashes, digests, the last four digits and token expiry are stored.
CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL UNIQUE,
    password_hash text NOT NULL,
    card_last4 char(4),
    reset_token_digest text,
    reset_token_expires_at timestamptz
);
