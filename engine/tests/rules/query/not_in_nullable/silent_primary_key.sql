-- A primary key column is never NULL, even without an explicit NOT NULL.
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE banned_users (user_id bigint PRIMARY KEY, reason text);

SELECT id, email FROM users WHERE id NOT IN (SELECT user_id FROM banned_users);
