-- Unquoted camelCase folds to lastloginat wherever it is written unquoted: nothing breaks, so nothing to flag.
CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    lastLoginAt timestamptz
);
