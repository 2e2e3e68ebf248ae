-- A date in varchar and a flag in char(1): any string fits, comparisons go wrong.
CREATE TABLE people (
    id bigint PRIMARY KEY,
    birth_date varchar(10),
    is_active char(1)
);
