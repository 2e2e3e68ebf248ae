-- Quoted PascalCase and camelCase names must be quoted in every query forever.
CREATE TABLE "UserAccounts" (
    id bigint PRIMARY KEY,
    "createdAt" timestamptz NOT NULL
);
