-- VARCHAR is the normal string type in MySQL.
CREATE TABLE tags (tag_id INT PRIMARY KEY, label VARCHAR(40) NOT NULL) ENGINE=InnoDB;
