-- An install script that ships the first administrator with a fixed password hash, and a fixed API token.
CREATE TABLE users (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, username VARCHAR(255) NOT NULL UNIQUE, password VARCHAR(255), role VARCHAR(25) NOT NULL);
CREATE TABLE settings (`option` VARCHAR(100) NOT NULL PRIMARY KEY, value TEXT);
INSERT INTO settings VALUES ('api_token', '0fde96ab43568a586f9e4ab95e6a38e7a955dcc6124a073f023e951a4197'), ('application_language', 'en_US');
INSERT INTO users (username, password, role) VALUES ('admin', '$2y$10$GzDCeQl/GdH.pCZfz4fWdO3qmayutRCmxEIY9U9t1k9q9F89VNDCm', 'app-admin');
