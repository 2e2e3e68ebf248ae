-- MySQL's null-safe equality <=> is meant for comparing with NULL.
CREATE TABLE users (id bigint PRIMARY KEY, manager_id bigint, deleted_at datetime);

SELECT id FROM users WHERE deleted_at <=> NULL;

SELECT id FROM users WHERE manager_id <=> ?;
