-- An UPDATE that deactivates every user instead of one.
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, active boolean NOT NULL DEFAULT true);

UPDATE users SET active = false;
