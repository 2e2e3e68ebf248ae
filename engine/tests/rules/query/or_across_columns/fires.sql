-- "Find the user by any identifier" with an OR over two columns.
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE, phone text UNIQUE);

SELECT id FROM users WHERE email = $1 OR phone = $2;
