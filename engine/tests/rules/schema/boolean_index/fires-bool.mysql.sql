-- A MySQL BOOLEAN flag with an index of its own.
CREATE TABLE users (
    id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
    is_active BOOLEAN NOT NULL DEFAULT TRUE
) ENGINE=InnoDB;
CREATE INDEX idx_users_active ON users (is_active);
