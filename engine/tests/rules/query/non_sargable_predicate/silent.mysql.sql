-- MySQL 8 functional index on lower(email) serves the case-insensitive lookup.
CREATE TABLE users (id bigint PRIMARY KEY, email varchar(320) NOT NULL);
CREATE INDEX users_email_lower_idx ON users ((lower(email)));

SELECT id FROM users WHERE lower(email) = lower(?);
