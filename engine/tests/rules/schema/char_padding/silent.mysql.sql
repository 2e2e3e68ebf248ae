-- MySQL strips CHAR's trailing spaces when it reads a value: nobody sees the padding.
CREATE TABLE `Sessions` (
  `id` char(32) NOT NULL,
  `access` int(10) unsigned DEFAULT NULL,
  `data` text,
  `label` char(40) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;
