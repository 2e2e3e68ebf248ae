-- Roundcube: preferences and upload metadata hold PHP-serialized arrays, which a JSON column would reject.
CREATE TABLE `users` (
 `user_id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT,
 `username` varchar(128) BINARY NOT NULL,
 `preferences` longtext,
 PRIMARY KEY(`user_id`)
) ENGINE=INNODB CHARACTER SET utf8mb4;
CREATE TABLE `uploads` (
 `upload_id` varchar(64) NOT NULL,
 `session_id` varchar(128) NOT NULL,
 `metadata` mediumtext NOT NULL,
 PRIMARY KEY (`upload_id`)
) ENGINE=INNODB CHARACTER SET utf8mb4;
