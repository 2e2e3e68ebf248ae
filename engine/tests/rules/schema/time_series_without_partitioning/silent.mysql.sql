-- MySQL cannot partition a table that a foreign key references: the readings stay one table here.
CREATE TABLE sensors (id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, name VARCHAR(64) NOT NULL) ENGINE=InnoDB;
CREATE TABLE readings (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  sensor_id INT UNSIGNED NOT NULL,
  taken_at DATETIME NOT NULL,
  value DOUBLE NOT NULL,
  FOREIGN KEY (sensor_id) REFERENCES sensors (id)
) ENGINE=InnoDB;
