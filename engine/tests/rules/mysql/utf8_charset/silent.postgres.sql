-- PostgreSQL has no three-byte utf8: its UTF8 encoding stores every character.
CREATE TABLE comments (id bigint PRIMARY KEY, body text NOT NULL);
SET client_encoding = 'UTF8';
