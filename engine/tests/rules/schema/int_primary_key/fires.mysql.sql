-- A signed INT AUTO_INCREMENT key on a message log that keeps growing.
CREATE TABLE messages (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sender_id BIGINT NOT NULL,
    body TEXT NOT NULL,
    created_at DATETIME NOT NULL
) ENGINE=InnoDB;
