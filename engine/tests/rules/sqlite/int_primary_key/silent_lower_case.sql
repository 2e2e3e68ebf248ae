-- lower-case integer primary key is the rowid too (SQLite type names are case-insensitive).
CREATE TABLE devices (id integer primary key, name text not null) strict;
