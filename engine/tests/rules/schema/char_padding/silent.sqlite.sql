-- SQLite keeps CHAR(n) as plain text: no padding and no length limit.
CREATE TABLE notes (id INTEGER PRIMARY KEY, title CHAR(80) NOT NULL);
