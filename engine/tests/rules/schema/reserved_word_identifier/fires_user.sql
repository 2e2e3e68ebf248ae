-- In PostgreSQL `user` is reserved: SELECT user returns the current role.
CREATE TABLE "user" (
    id bigint PRIMARY KEY,
    email text NOT NULL
);
