-- Every user read and shipped to the application in one result.
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);

SELECT id, email FROM users;
