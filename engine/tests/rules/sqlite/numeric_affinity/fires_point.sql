-- A POINT column meant for "x,y" text gets INTEGER affinity because its name contains INT.
CREATE TABLE landmarks (
    id INTEGER PRIMARY KEY,
    location POINT NOT NULL
);
