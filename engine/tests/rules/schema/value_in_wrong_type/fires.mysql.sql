-- A MySQL timestamp kept as a VARCHAR, sorted and compared as text.
CREATE TABLE orders (
    id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
    created_at VARCHAR(19) NOT NULL
) ENGINE=InnoDB;
