-- A lookup of pet types, seeded with six rows: reading it whole is the point.
CREATE TABLE types (id integer PRIMARY KEY, name varchar(80));
INSERT INTO types VALUES (1, 'cat'), (2, 'dog'), (3, 'lizard'), (4, 'snake'), (5, 'bird'), (6, 'hamster');
SELECT id, name FROM types ORDER BY name;
