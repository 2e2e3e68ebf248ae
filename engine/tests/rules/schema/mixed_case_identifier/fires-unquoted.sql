-- Unquoted camelCase is folded to lower case, so the catalog says lastloginat.
CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    lastLoginAt timestamptz
);
