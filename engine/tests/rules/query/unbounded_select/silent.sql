-- The read paged with a key, and a filtered read, and an aggregate.
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, active boolean NOT NULL);

SELECT id, email FROM users WHERE id > $1 ORDER BY id LIMIT 100;

SELECT id, email FROM users WHERE id = $1;

SELECT count(*) FROM users;
