-- Integer types without widths, as MySQL 8.0 prints them.
CREATE TABLE invoices (
    id INT UNSIGNED NOT NULL AUTO_INCREMENT,
    customer_id BIGINT NOT NULL,
    amount DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB;
