-- A trigger compares its NEW row, one row, not a table to index; a vector distance is served by an ANN index.
CREATE TABLE tags (id integer PRIMARY KEY, name text NOT NULL);
CREATE TRIGGER insert_tag BEFORE INSERT ON tags FOR EACH ROW WHEN trim(new.name) = '' BEGIN SELECT RAISE(ABORT, 'empty'); END;
