-- MySQL has no timestamptz: DATETIME kept in UTC is its idiom for an instant.
CREATE TABLE logins (
    id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
    happened_at DATETIME(6) NOT NULL
) ENGINE=InnoDB;
