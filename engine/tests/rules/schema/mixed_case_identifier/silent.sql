-- snake_case throughout: no quoting, the catalog shows the names as written.
CREATE TABLE user_accounts (
    id bigint PRIMARY KEY,
    created_at timestamptz NOT NULL,
    last_login_at timestamptz
);
