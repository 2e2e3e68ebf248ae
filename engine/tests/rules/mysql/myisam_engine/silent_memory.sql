-- A scratch table on the MEMORY engine: not MyISAM.
CREATE TABLE import_scratch (
    sku VARCHAR(40) NOT NULL PRIMARY KEY,
    qty INT NOT NULL
) ENGINE=MEMORY;
