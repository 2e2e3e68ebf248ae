-- User settings as LONGTEXT where MySQL has a JSON type: the name says JSON.
CREATE TABLE user_settings (
    user_id BIGINT UNSIGNED PRIMARY KEY,
    settings_json LONGTEXT NOT NULL
) ENGINE=InnoDB;
