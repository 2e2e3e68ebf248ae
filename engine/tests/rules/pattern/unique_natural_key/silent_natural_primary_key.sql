-- The natural key is the primary key itself: no surrogate to pair it with.
CREATE TABLE currencies (
    code char(3) PRIMARY KEY,
    name text NOT NULL,
    minor_units smallint NOT NULL
);
