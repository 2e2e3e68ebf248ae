-- The first administrator is created without a password and claimed in a setup step; settings hold no secret.
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, username text NOT NULL UNIQUE, password text, must_change_password boolean NOT NULL);
CREATE TABLE settings (option text PRIMARY KEY, value text);
INSERT INTO users (username, password, must_change_password) VALUES ('admin', NULL, true);
INSERT INTO settings VALUES ('application_language', 'en_US'), ('password_reset', '1');
