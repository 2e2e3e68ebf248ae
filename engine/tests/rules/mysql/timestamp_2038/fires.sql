-- Subscriptions whose end date is a TIMESTAMP: a 20-year plan sold today cannot be stored.
CREATE TABLE subscriptions (
    id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    starts_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    ends_at DATETIME NOT NULL
) ENGINE=InnoDB;
