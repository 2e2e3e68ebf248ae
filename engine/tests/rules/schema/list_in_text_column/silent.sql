-- A junction table for tags, and a typed array for labels read only with their row.
CREATE TABLE tags (id bigint PRIMARY KEY, name text NOT NULL UNIQUE);
CREATE TABLE posts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title text NOT NULL,
    labels text[] NOT NULL DEFAULT '{}'
);
CREATE TABLE post_tags (
    post_id bigint NOT NULL REFERENCES posts (id),
    tag_id bigint NOT NULL REFERENCES tags (id),
    PRIMARY KEY (post_id, tag_id)
);
CREATE INDEX post_tags_tag_id_idx ON post_tags (tag_id);
