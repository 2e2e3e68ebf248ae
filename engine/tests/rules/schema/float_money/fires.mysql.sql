-- MySQL FLOAT and DOUBLE are just as inexact for a price.
CREATE TABLE products (
    id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
    unit_price DOUBLE NOT NULL,
    shipping_fee FLOAT NOT NULL DEFAULT 0
) ENGINE=InnoDB;
