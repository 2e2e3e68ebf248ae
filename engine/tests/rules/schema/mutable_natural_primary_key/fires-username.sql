-- A username primary key, copied into every table that points at the user.
CREATE TABLE users (username varchar(40) PRIMARY KEY, bio text);
CREATE TABLE posts (
    id bigint PRIMARY KEY,
    author_username varchar(40) NOT NULL REFERENCES users (username)
);
