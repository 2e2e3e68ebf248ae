-- A schema dumped by an old MySQL: INT(11), BIGINT(20) and TINYINT(1) are the widths MySQL wrote itself, not bounds anyone chose.
CREATE TABLE invoices (
    id INT(11) NOT NULL AUTO_INCREMENT,
    customer_id BIGINT(20) NOT NULL,
    paid TINYINT(1) NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE=InnoDB;
