-- A MySQL table with a surrogate key.
CREATE TABLE page_views (
    id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
    user_id BIGINT UNSIGNED,
    url VARCHAR(2048)
) ENGINE=InnoDB;
