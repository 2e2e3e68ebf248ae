-- Point writes by primary key, by a unique column and by a short list of ids touch a few rows, not a bulk.
CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL UNIQUE,
    status text NOT NULL
);

UPDATE users SET status = 'active' WHERE id = $1;

DELETE FROM users WHERE email = $1;

UPDATE users SET status = 'locked' WHERE id IN (17, 23, 41);
