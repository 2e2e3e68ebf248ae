-- TEXT for text and the usual integer names for numbers.
CREATE TABLE addresses (
    id INTEGER PRIMARY KEY,
    zip TEXT NOT NULL,
    floor SMALLINT,
    population BIGINT
);
