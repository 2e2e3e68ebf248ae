-- The profile fields live on users; the child table is one-to-many with its own key.
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, bio text);
CREATE TABLE user_addresses (
    user_id bigint NOT NULL REFERENCES users (id),
    line_no smallint NOT NULL,
    address text NOT NULL,
    PRIMARY KEY (user_id, line_no)
);
