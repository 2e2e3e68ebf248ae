-- Postal codes vary in length from country to country: char(10) pads most of them.
CREATE TABLE addresses (id bigint PRIMARY KEY, street text NOT NULL, zip char(10) NOT NULL);
