-- Tag ids and roles packed into strings: no index, no foreign key, LIKE '%4%' matches 14.
CREATE TABLE posts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title text NOT NULL,
    tag_ids varchar(500)
);
CREATE TABLE members (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    roles text NOT NULL DEFAULT ''
);
