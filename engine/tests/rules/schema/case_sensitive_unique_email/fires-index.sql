-- A unique index on the raw column is just as case-sensitive as the constraint.
CREATE TABLE customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email varchar(320) NOT NULL
);
CREATE UNIQUE INDEX customers_email_key ON customers (email);
