-- A surrogate key with the email kept UNIQUE, and a child table's composite key.
CREATE TABLE accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL UNIQUE,
    display_name text
);
CREATE TABLE account_phones (
    account_id bigint NOT NULL REFERENCES accounts (id),
    phone text NOT NULL,
    PRIMARY KEY (account_id, phone)
);
