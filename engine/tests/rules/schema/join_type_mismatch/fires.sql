-- A text reference column joined to a bigint key: one side is cast on every row.
CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE logins (
    id bigint PRIMARY KEY,
    account_ref text NOT NULL,
    at timestamptz NOT NULL
);

SELECT a.name, l.at FROM accounts a JOIN logins l ON l.account_ref = a.id;
