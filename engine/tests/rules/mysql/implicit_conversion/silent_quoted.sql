-- The same lookup with a string literal, and a numeric column compared with a number.
CREATE TABLE orders (
    id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_number VARCHAR(20) NOT NULL,
    total DECIMAL(10,2) NOT NULL,
    UNIQUE KEY orders_number (order_number)
) ENGINE=InnoDB;
SELECT id, total FROM orders WHERE order_number = '100234';
SELECT id FROM orders WHERE total > 100;
