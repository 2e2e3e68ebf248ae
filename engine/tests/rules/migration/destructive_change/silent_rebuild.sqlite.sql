-- SQLite cannot add a foreign key to a table: rebuild it under the same name and copy the rows over.
ALTER TABLE contacts RENAME TO old_contacts;
CREATE TABLE contacts (
  contact_id integer NOT NULL PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
  name varchar(128) NOT NULL DEFAULT ''
);
INSERT INTO contacts (contact_id, user_id, name)
    SELECT contact_id, user_id, name FROM old_contacts;
DROP TABLE old_contacts;
