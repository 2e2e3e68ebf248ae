-- A table ported from another database with VARCHAR columns.
CREATE TABLE tags (
    tag_id NUMBER(10) PRIMARY KEY,
    label VARCHAR(40) NOT NULL
);
