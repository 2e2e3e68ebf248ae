-- A NOT NULL UNIQUE key names every row: the table is keyed.
CREATE TABLE currencies (code char(3) NOT NULL UNIQUE, name text NOT NULL);
