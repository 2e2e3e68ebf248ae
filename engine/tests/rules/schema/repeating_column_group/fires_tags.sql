-- Five interchangeable tag slots: a sixth tag is a migration, a tag search is five ORs.
CREATE TABLE posts (id bigint PRIMARY KEY, title text NOT NULL, tag1 text, tag2 text, tag3 text, tag4 text, tag5 text);
