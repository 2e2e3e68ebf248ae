-- `user` and `end` are keywords MySQL does not reserve: they need no quoting.
CREATE TABLE monitors (
    id BIGINT NOT NULL PRIMARY KEY,
    user VARCHAR(64) NOT NULL,
    end DATETIME NULL
) ENGINE=InnoDB;
