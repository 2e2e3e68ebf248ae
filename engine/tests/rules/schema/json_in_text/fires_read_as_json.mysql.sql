-- MySQL: the query extracts a key from a TEXT column, so the column holds JSON.
CREATE TABLE events (id BIGINT UNSIGNED PRIMARY KEY, body TEXT NOT NULL) ENGINE=InnoDB;
SELECT id FROM events WHERE JSON_EXTRACT(body, '$.kind') = 'signup';
