-- INTEGER PRIMARY KEY alone is the rowid: new ids are assigned without AUTOINCREMENT.
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    body TEXT NOT NULL
) STRICT;
