-- A UNIQUE key over a nullable column lets many rows share NULL: no key.
CREATE TABLE contacts (email VARCHAR(255) UNIQUE, name VARCHAR(100));
