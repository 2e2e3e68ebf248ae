-- A login instant as timestamp: which zone it was in is lost.
CREATE TABLE logins (
    id bigint PRIMARY KEY,
    happened_at timestamp NOT NULL
);
