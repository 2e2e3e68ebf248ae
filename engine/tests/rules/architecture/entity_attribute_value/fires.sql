-- A user-settings store with one row per setting, its value kept as text.
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE);

CREATE TABLE user_settings (
    user_id bigint NOT NULL REFERENCES users (id),
    key text NOT NULL,
    value text,
    PRIMARY KEY (user_id, key)
);
