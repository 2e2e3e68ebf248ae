-- A legacy session table still on MyISAM: table locks and no crash-safe writes.
CREATE TABLE php_sessions (
    id VARCHAR(128) NOT NULL PRIMARY KEY,
    data BLOB NOT NULL,
    updated_at DATETIME NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4;
