-- UNION over two tables whose rows cannot overlap: the de-duplication is wasted work.
CREATE TABLE active_users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE archived_users (id bigint PRIMARY KEY, email text NOT NULL);

SELECT id, email FROM active_users
UNION
SELECT id, email FROM archived_users;
