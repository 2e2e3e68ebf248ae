-- VARCHAR2 with character semantics, Oracle's own string type.
CREATE TABLE tags (
    tag_id NUMBER(10) PRIMARY KEY,
    label VARCHAR2(40 CHAR) NOT NULL
);
