-- Backticks let MySQL accept `order` and `desc`, and every query must repeat them.
CREATE TABLE `order` (
    id BIGINT PRIMARY KEY,
    `desc` VARCHAR(255)
) ENGINE=InnoDB;
