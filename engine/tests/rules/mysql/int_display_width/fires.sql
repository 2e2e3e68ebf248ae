-- INT(3) reads as "at most three digits", but the column accepts 2,147,483,647.
CREATE TABLE patients (
    id INT(11) NOT NULL AUTO_INCREMENT,
    age INT(3) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB;
