-- A surrogate identity key, and a junction table keyed by its pair of references.
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);
CREATE TABLE groups (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
CREATE TABLE group_members (
    group_id bigint NOT NULL REFERENCES groups (id),
    user_id bigint NOT NULL REFERENCES users (id),
    PRIMARY KEY (group_id, user_id)
);
