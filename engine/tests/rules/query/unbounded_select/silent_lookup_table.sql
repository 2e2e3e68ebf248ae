-- A lookup table sized as small is meant to be read whole (to fill a drop-down).
-- sqlreview: rows countries=250
CREATE TABLE countries (code char(2) PRIMARY KEY, name text NOT NULL);

SELECT code, name FROM countries ORDER BY name;
