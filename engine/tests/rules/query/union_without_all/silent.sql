-- UNION ALL concatenates the branches without sorting or hashing them.
CREATE TABLE active_users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE archived_users (id bigint PRIMARY KEY, email text NOT NULL);

SELECT id, email FROM active_users
UNION ALL
SELECT id, email FROM archived_users;
