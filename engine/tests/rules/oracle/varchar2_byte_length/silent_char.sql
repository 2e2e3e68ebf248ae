-- Lengths in characters (CHAR), a deliberate byte limit for an ASCII code, and NVARCHAR2.
CREATE TABLE authors (
    author_id NUMBER(10) PRIMARY KEY,
    display_name VARCHAR2(50 CHAR) NOT NULL,
    country_code VARCHAR2(2 BYTE) NOT NULL,
    pen_name NVARCHAR2(50)
);
