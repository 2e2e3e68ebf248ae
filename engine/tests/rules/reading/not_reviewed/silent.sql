-- Every statement here is read, so nothing is listed.
CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL);
SELECT id, name FROM accounts WHERE id = $1;
