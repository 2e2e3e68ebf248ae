-- User settings as LONGTEXT where MySQL has a JSON type.
CREATE TABLE user_settings (
    user_id BIGINT UNSIGNED PRIMARY KEY,
    settings LONGTEXT NOT NULL
) ENGINE=InnoDB;
