-- STRING is not a SQLite type name: it gets NUMERIC affinity, so the zip code '01234' is stored as 1234.
CREATE TABLE addresses (
    id INTEGER PRIMARY KEY,
    zip STRING NOT NULL,
    street TEXT NOT NULL
);
