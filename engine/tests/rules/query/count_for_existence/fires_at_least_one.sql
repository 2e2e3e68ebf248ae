-- The same existence test spelled `>= 1` inside a CASE.
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE invoices (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    paid boolean NOT NULL
);

SELECT u.id,
       CASE WHEN (SELECT count(*) FROM invoices i WHERE i.user_id = u.id AND NOT i.paid) >= 1
            THEN 'owes' ELSE 'clear' END AS standing
FROM users u
WHERE u.id = $1;
