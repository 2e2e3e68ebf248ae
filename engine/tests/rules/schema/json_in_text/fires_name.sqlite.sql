-- zoneminder-like: a filter's query kept as JSON text; SQLite can check it with json_valid.
CREATE TABLE filters (id INTEGER PRIMARY KEY, name TEXT NOT NULL, query_json TEXT NOT NULL);
