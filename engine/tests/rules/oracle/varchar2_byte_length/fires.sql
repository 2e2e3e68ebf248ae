-- A name limited to 50 bytes: 50 Latin letters fit, 17 Chinese characters in AL32UTF8 already take 51.
CREATE TABLE authors (
    author_id NUMBER(10) PRIMARY KEY,
    display_name VARCHAR2(50) NOT NULL
);
