-- The reference has the referenced key's type, so the join probes the index.
CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE logins (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id),
    at timestamptz NOT NULL
);
CREATE INDEX logins_account_id_idx ON logins (account_id);

SELECT a.name, l.at FROM accounts a JOIN logins l ON l.account_id = a.id;
