-- The standard FETCH FIRST bound on a listing.
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);

SELECT id, email FROM users ORDER BY id FETCH FIRST 100 ROWS ONLY;
