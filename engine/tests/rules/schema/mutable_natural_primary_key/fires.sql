-- The email is the key, so changing an address means cascading to every reference.
CREATE TABLE accounts (
    email text PRIMARY KEY,
    display_name text
);
