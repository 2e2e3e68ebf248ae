-- Three numbered phone columns: a fourth phone means a migration, searching means three ORs.
CREATE TABLE contacts (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    phone1 text,
    phone2 text,
    phone3 text
);
