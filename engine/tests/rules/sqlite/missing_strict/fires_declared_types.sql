-- VARCHAR, DATETIME and BOOLEAN are only hints here; a STRICT copy must say TEXT and INTEGER.
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email VARCHAR(255) NOT NULL UNIQUE,
    created_at DATETIME NOT NULL,
    active BOOLEAN NOT NULL DEFAULT 1
);
