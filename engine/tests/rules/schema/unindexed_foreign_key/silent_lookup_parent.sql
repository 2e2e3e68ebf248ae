-- Pets refer to a lookup of six types: nobody deletes a type or lists the pets of one, so the index would earn nothing.
CREATE TABLE types (id integer PRIMARY KEY, name varchar(80));
INSERT INTO types VALUES (1, 'cat'), (2, 'dog'), (3, 'lizard'), (4, 'snake'), (5, 'bird'), (6, 'hamster');
CREATE TABLE pets (id integer PRIMARY KEY, name varchar(30), birth_date date, type_id integer NOT NULL REFERENCES types (id));
