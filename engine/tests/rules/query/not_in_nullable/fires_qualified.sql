-- The same trap with an alias on the subquery's table and an unrelated filter.
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE invitations (id bigint PRIMARY KEY, invited_user_id bigint, sent_at timestamptz NOT NULL);

SELECT u.id, u.email
FROM users u
WHERE u.id NOT IN (SELECT i.invited_user_id FROM invitations i WHERE i.sent_at > now() - interval '30 days');
