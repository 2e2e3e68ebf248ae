-- MySQL's BOOLEAN is TINYINT(1): an integer flag is the system's own boolean.
CREATE TABLE people (
    id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
    birth_date DATE,
    is_active TINYINT(1) NOT NULL DEFAULT 1
) ENGINE=InnoDB;
