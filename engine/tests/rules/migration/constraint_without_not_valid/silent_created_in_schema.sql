-- An install script: tables created inside CREATE SCHEMA, then their foreign keys.
-- The tables hold nothing but the script's own rows, so validating is instant.
CREATE SCHEMA person
    CREATE TABLE country (code char(2) PRIMARY KEY, name text NOT NULL)
    CREATE TABLE address (id int PRIMARY KEY, country_code char(2) NOT NULL, line1 text NOT NULL);
ALTER TABLE person.address ADD CONSTRAINT address_country_fk FOREIGN KEY (country_code) REFERENCES person.country (code);
