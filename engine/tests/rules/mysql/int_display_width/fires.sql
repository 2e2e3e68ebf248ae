-- A schema dumped by an old MySQL, with INT(11) and BIGINT(20) widths that limit nothing.
CREATE TABLE invoices (
    id INT(11) NOT NULL AUTO_INCREMENT,
    customer_id BIGINT(20) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB;
