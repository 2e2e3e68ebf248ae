-- An application INSERT into an existing table that matches values to columns by position.
INSERT INTO users VALUES (1, 'ada@example.com', now());
