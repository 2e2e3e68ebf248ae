-- A profile table keyed by the user's own key: a one-to-one split to join every time.
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE user_profiles (
    user_id bigint PRIMARY KEY REFERENCES users (id),
    bio text
);
