-- An install script drops what it made itself: a column needed only for its own
-- data load, and a staging table. No data that existed before is lost.
CREATE TABLE employee (id int PRIMARY KEY, name text NOT NULL, organization_level int);
ALTER TABLE employee DROP COLUMN organization_level;

CREATE TABLE employee_import (id int, name text);
INSERT INTO employee (id, name) SELECT id, name FROM employee_import;
DROP TABLE employee_import;
