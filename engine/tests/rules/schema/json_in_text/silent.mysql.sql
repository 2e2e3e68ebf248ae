-- MySQL's JSON type for the settings document.
CREATE TABLE user_settings (
    user_id BIGINT UNSIGNED PRIMARY KEY,
    settings JSON NOT NULL
) ENGINE=InnoDB;
