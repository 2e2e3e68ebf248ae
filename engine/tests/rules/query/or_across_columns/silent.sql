-- The same lookup split into UNION ALL branches, each served by its own index.
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE, phone text UNIQUE);

SELECT id FROM users WHERE email = $1
UNION ALL
SELECT id FROM users WHERE phone = $2 AND email IS DISTINCT FROM $1;
