-- citext compares case-insensitively, so its UNIQUE already ignores case.
CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email citext NOT NULL UNIQUE
);
